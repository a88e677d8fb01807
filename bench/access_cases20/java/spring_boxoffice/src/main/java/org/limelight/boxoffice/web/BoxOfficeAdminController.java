package org.limelight.boxoffice.web;

import java.util.List;
import java.util.Map;
import org.limelight.boxoffice.domain.Repositories.OrderRepository;
import org.limelight.boxoffice.domain.TicketOrder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin")
public class BoxOfficeAdminController {
    private final OrderRepository orders;
    private final TicketIssuer issuer;

    public BoxOfficeAdminController(OrderRepository orders, TicketIssuer issuer) {
        this.orders = orders;
        this.issuer = issuer;
    }

    @GetMapping("/performances/{id}/orders")
    public List<TicketOrder> forPerformance(@PathVariable Long id) {
        return orders.findByPerformanceId(id);
    }

    @Secured("ROLE_BOX_MANAGER")
    @PostMapping("/orders/{id}/refund")
    public TicketOrder refund(@PathVariable Long id) {
        TicketOrder order = orders.findById(id).orElseThrow();
        order.setStatus("REFUNDED");
        issuer.refund(order);
        return orders.save(order);
    }

    @PostMapping("/performances/{id}/comps")
    public List<TicketOrder> issueComps(@PathVariable Long id, @RequestBody Map<String, Object> body) {
        String recipientEmail = String.valueOf(body.get("email"));
        int count = Integer.parseInt(String.valueOf(body.getOrDefault("count", "2")));
        return issuer.complimentary(id, recipientEmail, count);
    }

    @Secured("ROLE_BOX_MANAGER")
    @PostMapping("/performances/{id}/cancel")
    public Map<String, Object> cancelPerformance(@PathVariable Long id) {
        int refunded = issuer.refundAll(orders.findByPerformanceId(id));
        return Map.of("performance", id, "refunded", refunded);
    }
}
