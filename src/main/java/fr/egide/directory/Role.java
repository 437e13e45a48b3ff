package fr.egide.directory;

/** What a member may do, always within their own pole except for platform admins. */
public enum Role {

	MEMBER, SPEAKER, POLE_ADMIN, PLATFORM_ADMIN

}
