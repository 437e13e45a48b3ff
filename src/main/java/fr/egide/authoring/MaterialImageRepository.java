package fr.egide.authoring;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MaterialImageRepository extends MongoRepository<MaterialImage, String> {

}
