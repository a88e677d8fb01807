package org.greenleaf.pharmacy;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("prescriptions")
public class Prescription {
    @Id
    public Long id;
    public Long patientId;
    public String medicine;
    public String dosage;
    public int repeatsLeft;
    public LocalDate nextDue;
    public String status;
}
