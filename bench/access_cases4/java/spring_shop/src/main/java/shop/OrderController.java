package shop;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/orders")
@PreAuthorize("isAuthenticated()")
public class OrderController {

    private final OrderRepository orders;

    public OrderController(OrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping
    public List<ShopOrder> mine(Authentication auth) {
        return orders.findByCustomerEmail(auth.getName());
    }

    @GetMapping("/{id}")
    public ShopOrder get(@PathVariable long id, Authentication auth) {
        return orders.findByIdAndCustomerEmail(id, auth.getName()).orElseThrow();
    }

    @DeleteMapping("/{id}")
    public void cancel(@PathVariable long id) {
        orders.deleteById(id);
    }

    @PostMapping
    public ShopOrder place(@RequestBody ShopOrder order, @RequestHeader("X-Customer-Email") String email) {
        order.setCustomerEmail(email);
        return orders.save(order);
    }
}
