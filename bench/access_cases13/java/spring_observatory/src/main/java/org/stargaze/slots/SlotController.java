package org.stargaze.slots;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/slots")
public class SlotController {

    record SlotRequest(String target, java.time.Instant startsAt, int minutes) {}

    private final SlotRepository slots;
    private final FrameStore frameStore;

    public SlotController(SlotRepository slots, FrameStore frameStore) {
        this.slots = slots;
        this.frameStore = frameStore;
    }

    @GetMapping("/{id}")
    public TelescopeSlot get(@PathVariable Long id, Principal principal) {
        return slots.findByIdAndOwner(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/{id}/frames")
    public List<String> frames(@PathVariable Long id) {
        TelescopeSlot slot = slots.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return frameStore.list(slot.getId());
    }

    @GetMapping("/mine")
    public List<TelescopeSlot> mine(@RequestParam("observer") String observer) {
        return slots.findByOwnerOrderByStartsAt(observer);
    }

    @PostMapping
    public TelescopeSlot request(@RequestBody SlotRequest body, Principal principal) {
        TelescopeSlot slot = new TelescopeSlot();
        slot.setTarget(body.target());
        slot.setStartsAt(body.startsAt());
        slot.setMinutes(body.minutes());
        slot.setOwner(principal.getName());
        slot.setApproved(false);
        return slots.save(slot);
    }

    @PutMapping("/{id}")
    public TelescopeSlot update(@PathVariable Long id, @RequestBody TelescopeSlot body, Principal principal) {
        slots.findByIdAndOwner(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return slots.save(body);
    }

    @DeleteMapping("/{id}")
    public void cancel(@PathVariable Long id) {
        slots.deleteById(id);
    }
}
