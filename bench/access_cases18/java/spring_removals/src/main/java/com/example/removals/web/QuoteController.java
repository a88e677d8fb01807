package com.example.removals.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/quotes")
public class QuoteController {
    private static final long BASE_PENCE = 25_000;
    private static final long PER_ROOM_PENCE = 9_500;
    private static final long PER_MILE_PENCE = 180;

    @GetMapping("/estimate")
    public Map<String, Long> estimate(@RequestParam int rooms, @RequestParam int miles,
                                      @RequestParam(defaultValue = "false") boolean packing) {
        long total = BASE_PENCE + rooms * PER_ROOM_PENCE + miles * PER_MILE_PENCE;
        if (packing) {
            total += rooms * 4_000L;
        }
        return Map.of("estimatePence", total);
    }
}
