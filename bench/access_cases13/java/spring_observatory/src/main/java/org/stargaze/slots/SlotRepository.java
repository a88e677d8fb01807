package org.stargaze.slots;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlotRepository extends JpaRepository<TelescopeSlot, Long> {
    Optional<TelescopeSlot> findByIdAndOwner(Long id, String owner);
    List<TelescopeSlot> findByOwnerOrderByStartsAt(String owner);
    long deleteByIdAndOwner(Long id, String owner);
}
