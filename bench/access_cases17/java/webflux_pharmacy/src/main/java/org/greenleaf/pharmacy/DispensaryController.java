package org.greenleaf.pharmacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
public class DispensaryController {
    private final PrescriptionRepository prescriptions;
    private final PatientRepository patients;

    DispensaryController(PrescriptionRepository prescriptions, PatientRepository patients) {
        this.prescriptions = prescriptions;
        this.patients = patients;
    }

    @GetMapping("/api/dispensary/queue")
    public Flux<Prescription> queue() {
        return prescriptions.findAll().filter(p -> "REFILL_REQUESTED".equals(p.status));
    }

    @PreAuthorize("hasRole('PHARMACIST')")
    @PostMapping("/api/stock/{medicine}/recall")
    public Mono<Void> recall(@PathVariable String medicine) {
        return prescriptions.findAll().filter(p -> medicine.equals(p.medicine))
            .flatMap(p -> { p.status = "RECALLED"; return prescriptions.save(p); }).then();
    }

    @PostMapping("/api/stock/{prescriptionId}/dispense")
    public Mono<Prescription> dispense(@PathVariable Long prescriptionId) {
        return prescriptions.findById(prescriptionId).flatMap(p -> {
            p.status = "DISPENSED";
            p.repeatsLeft = Math.max(0, p.repeatsLeft - 1);
            return prescriptions.save(p);
        });
    }

    @PostMapping("/internal/patients/{id}/exemption")
    public Mono<Patient> setExemption(@PathVariable Long id, @RequestParam boolean exempt) {
        return patients.findById(id).flatMap(p -> {
            p.exemptFromCharges = exempt;
            return patients.save(p);
        });
    }

    @DeleteMapping("/internal/prescriptions/expired")
    public Mono<Void> purgeExpired() {
        return prescriptions.findAll().filter(p -> p.repeatsLeft == 0).flatMap(prescriptions::delete).then();
    }
}
