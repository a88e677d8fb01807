package com.example.depot.repo;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.example.depot.model.CollectionRequest;

public interface CollectionRequestRepository extends JpaRepository<CollectionRequest, Long> {
    List<CollectionRequest> findByHouseholdSubjectOrderByCollectOnDesc(String subject);

    Optional<CollectionRequest> findByIdAndHouseholdSubject(Long id, String subject);
}
