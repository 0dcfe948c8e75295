package org.mhaw.localevents.partner;

/**
 * The partner a request was made by, as the security chain found it from its key.
 *
 * @param partnerId the partner's id
 * @param name the organisation's name
 * @param keyId the key it used (so a revoked key stops working at once)
 * @param mayRunOutsideCampaignWeek staff allowed this partner events outside 12–18 May
 */
public record AuthenticatedPartner(String partnerId, String name, String keyId, boolean mayRunOutsideCampaignWeek) {

}
