package com.example.depot.repo;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.example.depot.model.Household;

public interface HouseholdRepository extends JpaRepository<Household, Long> {
    Optional<Household> findBySubject(String subject);
}
