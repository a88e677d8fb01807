package org.stargaze.slots;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/ops")
public class OpsController {

    private final SlotRepository slots;
    private final CatalogueService catalogue;

    public OpsController(SlotRepository slots, CatalogueService catalogue) {
        this.slots = slots;
        this.catalogue = catalogue;
    }

    @PreAuthorize("hasRole('ASTRONOMER')")
    @PostMapping("/slots/{id}/approve")
    public TelescopeSlot approve(@PathVariable Long id) {
        TelescopeSlot slot = slots.findById(id).orElseThrow();
        slot.setApproved(true);
        return slots.save(slot);
    }

    @PreAuthorize("hasRole('ASTRONOMER')")
    @PostMapping("/slots/{id}/priority")
    public TelescopeSlot priority(@PathVariable Long id, @RequestParam int value) {
        TelescopeSlot slot = slots.findById(id).orElseThrow();
        slot.setPriority(value);
        return slots.save(slot);
    }

    @PostMapping("/catalogue/rebuild")
    public String rebuildCatalogue() {
        catalogue.dropAndReimport();
        return "rebuilding";
    }

    @PostMapping("/dome/{action}")
    public String dome(@PathVariable String action, @RequestHeader("X-Forwarded-For") String forwardedFor) {
        if (!forwardedFor.startsWith("192.168.40.")) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        return catalogue.domeCommand(action);
    }
}
