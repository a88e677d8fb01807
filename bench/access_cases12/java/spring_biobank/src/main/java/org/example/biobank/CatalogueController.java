package org.example.biobank;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/catalogue")
public class CatalogueController {

    private final SampleRepository samples;

    public CatalogueController(SampleRepository samples) {
        this.samples = samples;
    }

    /** Public by design: tissue types and counts only, no donor data. */
    @GetMapping
    public List<Map<String, Object>> tissues() {
        return samples.findAll().stream()
            .collect(java.util.stream.Collectors.groupingBy(Sample::getTissue,
                java.util.stream.Collectors.counting()))
            .entrySet().stream()
            .map(e -> Map.<String, Object>of("tissue", e.getKey(), "count", e.getValue()))
            .toList();
    }
}
