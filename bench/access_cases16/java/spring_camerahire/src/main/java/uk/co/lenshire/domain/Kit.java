package uk.co.lenshire.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Kit {
    @Id
    private String code;
    private String description;
    private long dayRateCents;
    private boolean available;
    private String checkedOutBy;

    public String getCode() { return code; }
    public String getDescription() { return description; }
    public long getDayRateCents() { return dayRateCents; }
    public void setDayRateCents(long dayRateCents) { this.dayRateCents = dayRateCents; }
    public boolean isAvailable() { return available; }
    public void setAvailable(boolean available) { this.available = available; }
    public String getCheckedOutBy() { return checkedOutBy; }
    public void setCheckedOutBy(String checkedOutBy) { this.checkedOutBy = checkedOutBy; }
}
