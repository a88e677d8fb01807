package org.greenleaf.pharmacy;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/prescriptions")
public class PrescriptionController {
    private final PatientRepository patients;
    private final PrescriptionRepository prescriptions;

    PrescriptionController(PatientRepository patients, PrescriptionRepository prescriptions) {
        this.patients = patients;
        this.prescriptions = prescriptions;
    }

    private Mono<Patient> me(Principal principal) {
        return patients.findByUsername(principal.getName());
    }

    @GetMapping
    public Flux<Prescription> mine(Principal principal) {
        return me(principal).flatMapMany(p -> prescriptions.findByPatientId(p.id));
    }

    @GetMapping("/{id}")
    public Mono<Prescription> one(@PathVariable Long id, Principal principal) {
        return me(principal)
            .flatMap(p -> prescriptions.findByIdAndPatientId(id, p.id))
            .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @PostMapping("/{id}/refill")
    public Mono<Void> refill(@PathVariable Long id) {
        return prescriptions.requestRefill(id).then();
    }

    @GetMapping("/family")
    public Flux<Prescription> family(@RequestHeader("X-Patient-Id") Long patientId) {
        return prescriptions.findByPatientId(patientId);
    }
}
