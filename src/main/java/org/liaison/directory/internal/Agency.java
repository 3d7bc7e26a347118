package org.liaison.directory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;

/** An agency (a provincial department or bureau) on either side of the border. */
class Agency implements Persistable<String> {

    @Id
    private final String code;
    private final String country;
    private String nameLocal;
    private String namePartner;
    private String nameEn;
    private final boolean own;
    @Version
    private Integer version;

    Agency(String code, String country, String nameLocal, String namePartner, String nameEn, boolean own, Integer version) {
        this.code = code;
        this.country = country;
        this.nameLocal = nameLocal;
        this.namePartner = namePartner;
        this.nameEn = nameEn;
        this.own = own;
        this.version = version;
    }

    static Agency create(String code, String nameLocal, String namePartner, String nameEn, boolean own) {
        return new Agency(code, code.substring(0, 2), nameLocal, namePartner, nameEn, own, null);
    }

    void rename(String nameLocal, String namePartner, String nameEn) {
        this.nameLocal = nameLocal;
        this.namePartner = namePartner;
        this.nameEn = nameEn;
    }

    @Override
    public String getId() {
        return code;
    }

    @Override
    public boolean isNew() {
        return version == null;
    }

    String code() { return code; }
    String country() { return country; }
    String nameLocal() { return nameLocal; }
    String namePartner() { return namePartner; }
    String nameEn() { return nameEn; }
    boolean own() { return own; }
    Integer version() { return version; }
}
