package org.stargaze.slots;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class TelescopeSlot {
    @Id @GeneratedValue
    private Long id;
    private String owner;
    private String target;
    private Instant startsAt;
    private int minutes;
    private boolean approved;
    private int priority;

    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public boolean isApproved() { return approved; }
    public void setApproved(boolean approved) { this.approved = approved; }
    public int getPriority() { return priority; }
    public void setPriority(int priority) { this.priority = priority; }
}
