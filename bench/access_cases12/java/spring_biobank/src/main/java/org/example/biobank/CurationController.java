package org.example.biobank;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/freezers")
public class CurationController {

    private final FreezerRepository freezers;
    private final SampleRepository samples;
    private final ResearcherRepository researchers;

    public CurationController(FreezerRepository freezers, SampleRepository samples,
                              ResearcherRepository researchers) {
        this.freezers = freezers;
        this.samples = samples;
        this.researchers = researchers;
    }

    @PreAuthorize("hasRole('CURATOR')")
    @PutMapping("/{id}/setpoint")
    public Freezer setpoint(@PathVariable Long id, @RequestParam double celsius) {
        Freezer f = freezers.findById(id).orElseThrow();
        f.setSetpointCelsius(celsius);
        return freezers.save(f);
    }

    @PreAuthorize("hasRole('CURATOR')")
    @PostMapping("/samples/{id}/transfer")
    public Sample transfer(@PathVariable Long id, @RequestParam String toUser) {
        Sample s = samples.findById(id).orElseThrow();
        s.setOwnerUsername(toUser);
        return samples.save(s);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> decommission(@PathVariable Long id) {
        freezers.deleteById(id);
        return ResponseEntity.noContent().build();
    }

    @PreAuthorize("hasRole('CURATOR')")
    @PostMapping("/researchers/{id}/disable")
    public ResponseEntity<Void> disable(@PathVariable Long id) {
        Researcher r = researchers.findById(id).orElseThrow();
        r.setEnabled(false);
        researchers.save(r);
        return ResponseEntity.noContent().build();
    }
}
