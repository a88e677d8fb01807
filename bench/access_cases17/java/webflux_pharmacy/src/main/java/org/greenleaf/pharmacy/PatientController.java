package org.greenleaf.pharmacy;

import java.security.Principal;
import org.springframework.web.bind.annotation.*;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/patients/me")
public class PatientController {
    private final PatientRepository patients;

    PatientController(PatientRepository patients) {
        this.patients = patients;
    }

    public record AddressChange(String deliveryAddress, String phone) {}

    @GetMapping
    public Mono<Patient> me(Principal principal) {
        return patients.findByUsername(principal.getName());
    }

    @PutMapping
    public Mono<Patient> replace(@RequestBody Patient body, Principal principal) {
        return patients.findByUsername(principal.getName()).flatMap(current -> {
            body.id = current.id;
            body.username = current.username;
            return patients.save(body);
        });
    }

    @PatchMapping("/address")
    public Mono<Patient> address(@RequestBody AddressChange change, Principal principal) {
        return patients.findByUsername(principal.getName()).flatMap(current -> {
            current.deliveryAddress = change.deliveryAddress();
            current.phone = change.phone();
            return patients.save(current);
        });
    }
}
