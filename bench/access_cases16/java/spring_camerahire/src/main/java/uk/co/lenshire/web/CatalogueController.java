package uk.co.lenshire.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.co.lenshire.domain.Kit;
import uk.co.lenshire.domain.Repositories.KitRepository;

@RestController
public class CatalogueController {
    private final KitRepository kits;

    public CatalogueController(KitRepository kits) {
        this.kits = kits;
    }

    public record Item(String code, String description, long dayRateCents) {}

    @GetMapping("/catalogue/kits")
    public List<Item> catalogue() {
        return kits.findByAvailableTrue().stream()
            .map(k -> new Item(k.getCode(), k.getDescription(), k.getDayRateCents()))
            .toList();
    }
}
