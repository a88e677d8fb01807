package org.greenleaf.pharmacy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("patients")
public class Patient {
    @Id
    public Long id;
    public String username;
    public String fullName;
    public String phone;
    public String deliveryAddress;
    public String nhsNumber;
    public boolean exemptFromCharges;
    public String role;
}
