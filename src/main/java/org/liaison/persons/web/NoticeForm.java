package org.liaison.persons.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.liaison.persons.internal.NoticeDraft;
import org.springframework.web.multipart.MultipartFile;

/** The wanted notice form; the photo is an optional file, judged by its bytes. */
public class NoticeForm {

    private String personId;
    private String charges;
    private String crimeArea;
    private String issuingAuthority;
    private String warrantReference;
    private String dangerWarnings;
    private String handlingCode = "LAW_ENFORCEMENT_ONLY";
    private MultipartFile photo;

    NoticeDraft toDraft() {
        try {
            byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
            return new NoticeDraft(personId, charges, crimeArea, issuingAuthority, warrantReference, dangerWarnings,
                    handlingCode, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getPersonId() { return personId; }
    public void setPersonId(String personId) { this.personId = personId; }
    public String getCharges() { return charges; }
    public void setCharges(String charges) { this.charges = charges; }
    public String getCrimeArea() { return crimeArea; }
    public void setCrimeArea(String crimeArea) { this.crimeArea = crimeArea; }
    public String getIssuingAuthority() { return issuingAuthority; }
    public void setIssuingAuthority(String issuingAuthority) { this.issuingAuthority = issuingAuthority; }
    public String getWarrantReference() { return warrantReference; }
    public void setWarrantReference(String warrantReference) { this.warrantReference = warrantReference; }
    public String getDangerWarnings() { return dangerWarnings; }
    public void setDangerWarnings(String dangerWarnings) { this.dangerWarnings = dangerWarnings; }
    public String getHandlingCode() { return handlingCode; }
    public void setHandlingCode(String handlingCode) { this.handlingCode = handlingCode; }
    public MultipartFile getPhoto() { return photo; }
    public void setPhoto(MultipartFile photo) { this.photo = photo; }
}
