package org.example.biobank;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api")
public class SampleController {

    private final SampleRepository samples;
    private final ResearcherRepository researchers;

    public SampleController(SampleRepository samples, ResearcherRepository researchers) {
        this.samples = samples;
        this.researchers = researchers;
    }

    @GetMapping("/samples")
    public List<Sample> mine(Principal principal) {
        return samples.findByOwnerUsername(principal.getName());
    }

    @GetMapping("/samples/{id}")
    public Sample one(@PathVariable Long id) {
        return samples.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PatchMapping("/samples/{id}/slot")
    public Sample move(@PathVariable Long id, @RequestBody String slot,
                       @AuthenticationPrincipal UserDetails me) {
        Sample sample = samples.findByIdAndOwnerUsername(id, me.getUsername())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        sample.setFreezerSlot(slot.strip());
        return samples.save(sample);
    }

    @GetMapping("/lab/samples")
    public List<Sample> labSamples(@RequestHeader("X-Lab-Id") String labId) {
        return samples.findByLabId(labId);
    }

    @GetMapping("/me/lab/samples")
    public List<Sample> myLabSamples(Principal principal) {
        Researcher me = researchers.findByUsername(principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        return samples.findByLabId(me.getLabId());
    }

    @PutMapping("/researchers/me")
    public Researcher updateMe(@RequestBody Researcher body, Principal principal) {
        Researcher me = researchers.findByUsername(principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        org.springframework.beans.BeanUtils.copyProperties(body, me, "id", "username");
        return researchers.save(me);
    }

    public record ContactUpdate(String displayName, String orcid) {}

    @PatchMapping("/researchers/me/contact")
    public Researcher updateContact(@RequestBody ContactUpdate body, Principal principal) {
        Researcher me = researchers.findByUsername(principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        me.setDisplayName(body.displayName());
        me.setOrcid(body.orcid());
        return researchers.save(me);
    }
}
