package fr.egide.system;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB this instance talks to ({@link StoreConfiguration}): its address and, when it is the
 * embedded server, that server (stopped with the application) and its file.
 */
final class DataStore implements AutoCloseable {

	private final ConnectionString connectionString;

	private final MongoServer embeddedServer;

	private final MVStore embeddedFile;

	private DataStore(ConnectionString connectionString, MongoServer embeddedServer, MVStore embeddedFile) {
		this.connectionString = connectionString;
		this.embeddedServer = embeddedServer;
		this.embeddedFile = embeddedFile;
	}

	static DataStore external(ConnectionString connectionString) {
		return new DataStore(connectionString, null, null);
	}

	static DataStore embedded(ConnectionString connectionString, MongoServer server, MVStore file) {
		return new DataStore(connectionString, server, file);
	}

	ConnectionString connectionString() {
		return this.connectionString;
	}

	/** The embedded server's file, or null (a real MongoDB, or the embedded server kept in memory). */
	MVStore embeddedFile() {
		return this.embeddedFile;
	}

	@Override
	public void close() {
		if (this.embeddedServer != null) {
			this.embeddedServer.shutdown();
		}
	}

}
