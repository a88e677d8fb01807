package com.example.warehouse;

import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/stock")
public class StockController {

    private final StockRepository stock;
    private final ShipmentRepository shipments;

    public StockController(StockRepository stock, ShipmentRepository shipments) {
        this.stock = stock;
        this.shipments = shipments;
    }

    @GetMapping
    public List<StockItem> list() {
        return stock.findAll();
    }

    @PostMapping("/{sku}/adjust")
    @PreAuthorize("hasRole('MANAGER')")
    public StockItem adjust(@PathVariable String sku, @RequestParam int delta) {
        StockItem item = stock.findBySku(sku).orElseThrow();
        item.setQuantity(item.getQuantity() + delta);
        return stock.save(item);
    }

    @PostMapping("/{sku}/write-off")
    @PreAuthorize("hasRole('MANAGER')")
    public StockItem writeOff(@PathVariable String sku, @RequestParam String reason) {
        StockItem item = stock.findBySku(sku).orElseThrow();
        item.setQuantity(0);
        item.setWriteOffReason(reason);
        return stock.save(item);
    }

    @DeleteMapping("/{sku}")
    public ResponseEntity<Void> purge(@PathVariable String sku) {
        stock.deleteBySku(sku);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/shipments/{id}")
    public Shipment shipment(@PathVariable Long id) {
        return shipments.findById(id).orElseThrow();
    }

    @GetMapping("/shipments/mine/{id}")
    public ResponseEntity<Shipment> myShipment(@PathVariable Long id, Principal principal) {
        return shipments.findByIdAndRequestedBy(id, principal.getName())
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @PutMapping("/shipments/{id}/label")
    public ResponseEntity<Shipment> relabel(@PathVariable Long id, @RequestBody String label,
                                            Principal principal) {
        Shipment s = shipments.findById(id).orElseThrow();
        if (!s.getRequestedBy().equals(principal.getName())) {
            return ResponseEntity.status(403).build();
        }
        s.setLabel(label);
        return ResponseEntity.ok(shipments.save(s));
    }
}
