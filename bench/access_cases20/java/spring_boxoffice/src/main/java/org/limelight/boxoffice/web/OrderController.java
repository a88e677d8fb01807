package org.limelight.boxoffice.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.limelight.boxoffice.domain.Repositories.OrderRepository;
import org.limelight.boxoffice.domain.TicketOrder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/orders")
public class OrderController {
    private final OrderRepository orders;

    public OrderController(OrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping
    public List<TicketOrder> mine(Principal principal) {
        return orders.findByPatronEmailOrderByIdDesc(principal.getName());
    }

    @GetMapping("/{id}")
    public TicketOrder one(@PathVariable Long id, Principal principal) {
        return orders.findByIdAndPatronEmail(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/{id}/e-tickets")
    public Map<String, Object> eTickets(@PathVariable Long id) {
        TicketOrder order = orders.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of(
            "barcode", order.getBarcode(),
            "seats", order.getSeats(),
            "holder", order.getPatron().getDisplayName(),
            "access", String.valueOf(order.getAccessRequirements()));
    }

    @PostMapping("/{id}/exchange")
    public TicketOrder exchange(@PathVariable Long id, @RequestBody Map<String, List<String>> body, Principal principal) {
        TicketOrder order = orders.findByIdAndPatronEmail(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        order.setSeats(body.get("seats"));
        order.setStatus("EXCHANGED");
        return orders.save(order);
    }
}
