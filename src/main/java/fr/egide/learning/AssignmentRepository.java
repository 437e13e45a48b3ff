package fr.egide.learning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AssignmentRepository extends MongoRepository<Assignment, String> {


}
