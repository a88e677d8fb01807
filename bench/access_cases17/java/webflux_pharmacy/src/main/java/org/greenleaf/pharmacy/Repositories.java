package org.greenleaf.pharmacy;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface PatientRepository extends ReactiveCrudRepository<Patient, Long> {
    Mono<Patient> findByUsername(String username);
}

interface PrescriptionRepository extends ReactiveCrudRepository<Prescription, Long> {
    Flux<Prescription> findByPatientId(Long patientId);

    Mono<Prescription> findByIdAndPatientId(Long id, Long patientId);

    @Modifying
    @Query("UPDATE prescriptions SET status = 'REFILL_REQUESTED' WHERE id = :id")
    Mono<Integer> requestRefill(Long id);
}
