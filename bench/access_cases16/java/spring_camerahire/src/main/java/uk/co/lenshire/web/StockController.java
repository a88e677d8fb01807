package uk.co.lenshire.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.co.lenshire.domain.Kit;
import uk.co.lenshire.domain.Repositories.KitRepository;

@RestController
@RequestMapping("/stock")
public class StockController {
    private final KitRepository kits;

    public StockController(KitRepository kits) {
        this.kits = kits;
    }

    public record Rate(long dayRateCents) {}

    @GetMapping("/available")
    public List<Kit> available() {
        return kits.findByAvailableTrue();
    }

    @PreAuthorize("hasRole('STOCK')")
    @PostMapping("/kits/{code}/rate")
    public Kit reprice(@PathVariable String code, @RequestBody Rate rate) {
        Kit kit = kits.findById(code).orElseThrow();
        kit.setDayRateCents(rate.dayRateCents());
        return kits.save(kit);
    }

    @PreAuthorize("hasAnyRole('STOCK', 'ADMIN')")
    @PostMapping("/kits/{code}/retire")
    public Kit retire(@PathVariable String code) {
        Kit kit = kits.findById(code).orElseThrow();
        kit.setAvailable(false);
        return kits.save(kit);
    }

    @DeleteMapping("/kits/{code}")
    public ResponseEntity<Void> delete(@PathVariable String code) {
        kits.deleteById(code);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/kits/{code}/checkout")
    public Kit checkOut(@PathVariable String code, @RequestHeader("X-Crew-Member") String crewMember) {
        Kit kit = kits.findById(code).orElseThrow();
        kit.setAvailable(false);
        kit.setCheckedOutBy(crewMember);
        return kits.save(kit);
    }
}
