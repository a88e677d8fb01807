package org.example.biobank;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SampleRepository extends JpaRepository<Sample, Long> {
    List<Sample> findByOwnerUsername(String ownerUsername);
    Optional<Sample> findByIdAndOwnerUsername(Long id, String ownerUsername);
    List<Sample> findByLabId(String labId);
}

interface ResearcherRepository extends JpaRepository<Researcher, Long> {
    Optional<Researcher> findByUsername(String username);
}

interface FreezerRepository extends JpaRepository<Freezer, Long> {
}
