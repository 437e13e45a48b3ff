package fr.egide.learning;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Assignments, read by id ({@code memberId/courseId}) for a member, by queries for a pole's lists. */
interface AssignmentRepository extends MongoRepository<Assignment, String> {

}
