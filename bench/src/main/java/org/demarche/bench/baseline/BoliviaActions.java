package org.demarche.bench.baseline;

import static org.demarche.bench.baseline.BoliviaTeams.*;
import static org.demarche.bench.baseline.BoliviaVariables.*;

/**
 * The Bolivia scenario's 90 actions: who may order each, its costs, cooldown and limit of uses, its
 * prerequisite, its chance of success and its effects. It mirrors {@code
 * scenarios/bolivia-2022.json} at version 1.0.0, transcribed with the help of a throwaway script;
 * {@code HandWrittenBoliviaTest} fails when the two drift apart.
 */
final class BoliviaActions {
  /**
   * Each action's standing rules, by index in the scenario. Costs are in the ordering team's own
   * two resources: capital and funds for the U.S., capital and fiscal space for the government,
   * mobilisation and credibility for the opposition, influence and credit for the rivals.
   */
  static final Rule[] RULES = {
    solo("us_public_diplomacy", US).withCosts(1, 2).withCooldown(1),
    solo("us_covax_donation", US).withCosts(1, 8).withCooldown(2),
    solo("us_health_security", US).withCosts(0, 10).withCooldown(1),
    solo("us_humanitarian_relief", US).withCosts(1, 8),
    solo("us_disaster_preparedness", US).withCosts(0, 6).withCooldown(1),
    solo("us_exchanges", US).withCosts(1, 4).withCooldown(1),
    solo("us_commercial_promotion", US).withCosts(1, 3).withCooldown(1),
    solo("us_entrepreneurship", US).withCosts(0, 5).withCooldown(1),
    solo("us_economic_technical_assistance", US).withCosts(2, 6).withCooldown(1),
    solo("us_tariff_review", US).withCosts(2, 0).withCooldown(4),
    solo("us_lithium_advocacy", US).withCosts(2, 0).withCooldown(1),
    solo("us_multilateral_counternarcotics", US).withCosts(1, 6).withCooldown(1).withChance(),
    solo("us_direct_security_assistance", US).withCosts(2, 8).withCooldown(1).withChance(),
    solo("us_eradication_pressure", US).withCosts(2, 0).withCooldown(2),
    solo("us_military_professionalisation", US).withCosts(2, 4).withCooldown(1).withChance(),
    solo("us_police_reform_multilateral", US).withCosts(0, 5).withCooldown(1).withChance(),
    solo("us_intelligence_sharing", US).withCosts(2, 0).withCooldown(1).withChance(),
    solo("us_cybersecurity_assistance", US).withCosts(0, 5).withCooldown(1),
    solo("us_visa_antifraud", US).withCosts(0, 3).withCooldown(1),
    solo("us_consular_surge", US).withCosts(0, 4).withCooldown(1),
    solo("us_refugee_support", US).withCosts(0, 5).withCooldown(1),
    solo("us_democracy_engagement", US).withCosts(1, 0).withCooldown(1),
    solo("us_statement_political_prisoners", US).withCosts(2, 0).withCooldown(2),
    solo("us_press_freedom_support", US).withCosts(0, 4).withCooldown(1),
    solo("us_gender_violence_programme", US).withCosts(0, 5).withCooldown(1),
    solo("us_inclusion_programmes", US).withCosts(0, 4).withCooldown(1),
    solo("us_anticorruption_assistance", US).withCosts(1, 5).withCooldown(1).withChance(),
    solo("us_forest_programme", US).withCosts(0, 6).withCooldown(1),
    solo("us_renewable_partnership", US).withCosts(1, 8).withCooldown(2),
    solo("us_multilateral_engagement", US).withCosts(1, 0).withCooldown(1),
    solo("us_counter_disinformation", US).withCosts(1, 2).withCooldown(1),
    solo("us_aml_support", US).withCosts(0, 4).withCooldown(1).withChance(),
    solo("us_shem_projects", US).withCosts(0, 10).withCooldown(1),
    solo("us_deia_plan", US).withCosts(0, 2).withCooldown(1),
    solo("us_it_modernisation", US).withCosts(0, 12).withCooldown(1),
    joint("restore_ambassadors").withCosts(3, 0).withMaxUses(1),
    joint("joint_trade_investment_dialogue").withCosts(1, 0).withCooldown(3),
    joint("joint_disaster_health_agreement").withCosts(1, 0).withCooldown(2).withMaxUses(2),
    joint("joint_counternarcotics_memorandum").withCosts(2, 0).withCooldown(3),
    solo("gov_domestic_gold_purchases", GOV).withCosts(1, 0).withCooldown(2).withMaxUses(3),
    solo("gov_devaluation", GOV).withCosts(4, 0).withCooldown(3),
    solo("gov_fuel_price_reform", GOV).withCosts(4, 0).withCooldown(2),
    solo("gov_social_transfers", GOV).withCosts(0, 200).withCooldown(1),
    solo("gov_state_investment", GOV).withCosts(0, 300).withCooldown(1),
    solo("gov_investment_law", GOV).withCosts(3, 0).withCooldown(3),
    solo("gov_upstream_gas_incentives", GOV).withCosts(2, 100).withCooldown(3),
    solo("gov_lithium_open_tender", GOV).withCosts(2, 0).withCooldown(2),
    solo("gov_lithium_direct_award", GOV).withCosts(2, 0).withCooldown(2),
    solo("gov_multilateral_financing", GOV).withCosts(1, 0).withCooldown(2).withMaxUses(4)
        .withChance(),
    solo("gov_china_credit", GOV).withCosts(1, 0).withCooldown(3).withMaxUses(3),
    solo("gov_customs_crackdown", GOV).withCosts(2, 50).withCooldown(1).withChance(),
    solo("gov_coca_rationalisation", GOV).withCosts(2, 40).withCooldown(1),
    solo("gov_interdiction_operations", GOV).withCosts(1, 60).withCooldown(1),
    solo("gov_accept_multilateral_support", GOV).withCosts(1, 0).withCooldown(1),
    solo("gov_judicial_reform", GOV).withCosts(3, 0).withCooldown(2).withMaxUses(2),
    solo("gov_prosecute_opponents", GOV).withCosts(1, 0).withCooldown(2),
    solo("gov_media_pressure", GOV).withCosts(1, 0).withCooldown(2),
    solo("gov_national_dialogue", GOV).withCosts(2, 0).withCooldown(2),
    solo("gov_security_sector_reform", GOV).withCosts(3, 0).withCooldown(2),
    solo("gov_loyal_commanders", GOV).withCosts(1, 0).withCooldown(2),
    solo("gov_femicide_units", GOV).withCosts(1, 40).withCooldown(1),
    solo("gov_burning_ban", GOV).withCosts(2, 0).withCooldown(1),
    solo("gov_agricultural_frontier", GOV).withCosts(1, 0).withCooldown(2),
    solo("gov_mercury_control", GOV).withCosts(2, 0).withCooldown(2),
    solo("gov_disaster_fund", GOV).withCosts(0, 60).withCooldown(1),
    solo("gov_vaccination_campaign", GOV).withCosts(0, 40).withCooldown(1),
    solo("gov_health_system", GOV).withCosts(0, 120).withCooldown(1),
    solo("gov_migrant_regularisation", GOV).withCosts(1, 0).withCooldown(2),
    solo("gov_renewable_plan", GOV).withCosts(0, 150).withCooldown(1),
    solo("gov_transparency_portal", GOV).withCosts(2, 0).withCooldown(2),
    solo("gov_autocratic_security_deals", GOV).withCosts(1, 0).withCooldown(2),
    solo("opp_civic_strike", OPPOSITION).withCosts(4, 0).withCooldown(3).withChance(),
    solo("opp_iachr_petition", OPPOSITION).withCosts(0, 2).withCooldown(1),
    solo("opp_investigative_journalism", OPPOSITION).withCosts(0, 2).withCooldown(1).withChance(),
    solo("opp_indigenous_march", OPPOSITION).withCosts(3, 0).withCooldown(3),
    solo("opp_community_forest_guards", OPPOSITION).withCosts(1, 1).withCooldown(1),
    solo("opp_assembly_negotiation", OPPOSITION).withCosts(0, 1).withCooldown(1),
    solo("opp_business_advocacy", OPPOSITION).withCosts(0, 1).withCooldown(1),
    solo("opp_womens_rights_network", OPPOSITION).withCosts(1, 0).withCooldown(1),
    solo("opp_fact_checking", OPPOSITION).withCosts(0, 1).withCooldown(1),
    solo("opp_unity_coalition", OPPOSITION).withCosts(2, 2).withCooldown(2).withMaxUses(2),
    solo("opp_inclusion_campaign", OPPOSITION).withCosts(0, 1).withCooldown(1),
    solo("riv_infrastructure_loan", RIVALS).withCosts(1, 0.5).withCooldown(1),
    solo("riv_lithium_consortium", RIVALS).withCosts(2, 0).withCooldown(2),
    solo("riv_yuan_swap", RIVALS).withCosts(1, 0.5).withCooldown(2),
    solo("riv_nuclear_centre", RIVALS).withCosts(2, 0).withCooldown(2).withMaxUses(2),
    solo("riv_defence_cooperation", RIVALS).withCosts(2, 0).withCooldown(2),
    solo("riv_state_media", RIVALS).withCosts(1, 0).withCooldown(1),
    solo("riv_surveillance_tech", RIVALS).withCosts(1, 0.2).withCooldown(2),
    solo("riv_vaccine_diplomacy", RIVALS).withCosts(1, 0).withCooldown(2).withMaxUses(2),
  };

  private BoliviaActions() {}

  /** Whether action {@code a}'s prerequisite holds on the values {@code v}. */
  static boolean requires(int a, double[] v) {
    switch (a) {
      case 1: // us_covax_donation
        return v[VACCINATION_PCT] < 85;
      case 3: // us_humanitarian_relief
        return v[DISASTER_AFFECTED_K_Q] > 30;
      case 8: // us_economic_technical_assistance
        return v[US_GOV_RELATIONS] >= 25;
      case 12: // us_direct_security_assistance
        return v[US_GOV_RELATIONS] >= 35;
      case 14: // us_military_professionalisation
        return v[US_GOV_RELATIONS] >= 45;
      case 16: // us_intelligence_sharing
        return v[US_GOV_RELATIONS] >= 40;
      case 28: // us_renewable_partnership
        return v[US_GOV_RELATIONS] >= 30;
      case 35: // restore_ambassadors
        return v[US_GOV_RELATIONS] >= 45 && v[AMBASSADORS_EXCHANGED] < 1;
      case 36: // joint_trade_investment_dialogue
        return v[US_GOV_RELATIONS] >= 30;
      case 37: // joint_disaster_health_agreement
        return v[US_GOV_RELATIONS] >= 25;
      case 38: // joint_counternarcotics_memorandum
        return v[US_GOV_RELATIONS] >= 45;
      case 41: // gov_fuel_price_reform
        return v[FUEL_PUMP_PRICE_PCT] < 100;
      case 47: // gov_lithium_direct_award
        return v[LITHIUM_TENDER_PROGRESS_PCT] >= 20;
      case 83: // riv_lithium_consortium
        return v[LITHIUM_TENDER_PROGRESS_PCT] >= 15;
      default:
        return true;
    }
  }

  /** The chance of success of action {@code a}, one of those {@link Rule#rolled} true. */
  static double chance(int a, double[] v) {
    switch (a) {
      case 11: // us_multilateral_counternarcotics
        return 0.85;
      case 12: // us_direct_security_assistance
        return clamp((v[US_GOV_RELATIONS] - 25) / 50, 0.05, 0.9);
      case 14: // us_military_professionalisation
        return clamp((v[US_GOV_RELATIONS] - 30) / 40, 0.1, 0.9);
      case 15: // us_police_reform_multilateral
        return 0.85;
      case 16: // us_intelligence_sharing
        return clamp((v[US_GOV_RELATIONS] - 25) / 45, 0.1, 0.9);
      case 26: // us_anticorruption_assistance
        return clamp(0.5 + v[US_GOV_RELATIONS] / 200, 0, 0.95);
      case 31: // us_aml_support
        return 0.8;
      case 48: // gov_multilateral_financing
        return clamp(0.4 + 0.008 * v[US_GOV_RELATIONS], 0, 0.95);
      case 50: // gov_customs_crackdown
        return 0.7;
      case 71: // opp_civic_strike
        return clamp(0.3 + v[SOCIAL_CONFLICTS_M] / 300 + (v[OPPOSITION_SUPPORT_PCT] - 40) / 100,
            0.1, 0.85);
      case 73: // opp_investigative_journalism
        return 0.8;
      default:
        throw new AssertionError("action " + a + " has no chance to roll: a bug");
    }
  }

  /** Applies the effects of action {@code a}, amounts computed on the values {@code v}. */
  static void apply(int a, boolean success, double[] v, HandWrittenBolivia t) {
    switch (a) {
      case 0:
        usPublicDiplomacy(v, t);
        break;
      case 1:
        usCovaxDonation(v, t);
        break;
      case 2:
        usHealthSecurity(v, t);
        break;
      case 3:
        usHumanitarianRelief(v, t);
        break;
      case 4:
        usDisasterPreparedness(v, t);
        break;
      case 5:
        usExchanges(t);
        break;
      case 6:
        usCommercialPromotion(v, t);
        break;
      case 7:
        usEntrepreneurship(v, t);
        break;
      case 8:
        usEconomicTechnicalAssistance(v, t);
        break;
      case 9:
        usTariffReview(v, t);
        break;
      case 10:
        usLithiumAdvocacy(v, t);
        break;
      case 11:
        usMultilateralCounternarcotics(success, t);
        break;
      case 12:
        usDirectSecurityAssistance(success, t);
        break;
      case 13:
        usEradicationPressure(t);
        break;
      case 14:
        usMilitaryProfessionalisation(success, t);
        break;
      case 15:
        usPoliceReformMultilateral(success, t);
        break;
      case 16:
        usIntelligenceSharing(success, t);
        break;
      case 17:
        usCybersecurityAssistance(v, t);
        break;
      case 18:
        usVisaAntifraud(v, t);
        break;
      case 19:
        usConsularSurge(v, t);
        break;
      case 20:
        usRefugeeSupport(v, t);
        break;
      case 21:
        usDemocracyEngagement(t);
        break;
      case 22:
        usStatementPoliticalPrisoners(v, t);
        break;
      case 23:
        usPressFreedomSupport(t);
        break;
      case 24:
        usGenderViolenceProgramme(v, t);
        break;
      case 25:
        usInclusionProgrammes(t);
        break;
      case 26:
        usAnticorruptionAssistance(success, v, t);
        break;
      case 27:
        usForestProgramme(t);
        break;
      case 28:
        usRenewablePartnership(v, t);
        break;
      case 29:
        usMultilateralEngagement(t);
        break;
      case 30:
        usCounterDisinformation(t);
        break;
      case 31:
        usAmlSupport(success, t);
        break;
      case 32:
        usShemProjects(v, t);
        break;
      case 33:
        usDeiaPlan(v, t);
        break;
      case 34:
        usItModernisation(v, t);
        break;
      case 35:
        restoreAmbassadors(t);
        break;
      case 36:
        jointTradeInvestmentDialogue(t);
        break;
      case 37:
        jointDisasterHealthAgreement(t);
        break;
      case 38:
        jointCounternarcoticsMemorandum(t);
        break;
      case 39:
        govDomesticGoldPurchases(t);
        break;
      case 40:
        govDevaluation(v, t);
        break;
      case 41:
        govFuelPriceReform(t);
        break;
      case 42:
        govSocialTransfers(t);
        break;
      case 43:
        govStateInvestment(t);
        break;
      case 44:
        govInvestmentLaw(v, t);
        break;
      case 45:
        govUpstreamGasIncentives(t);
        break;
      case 46:
        govLithiumOpenTender(v, t);
        break;
      case 47:
        govLithiumDirectAward(t);
        break;
      case 48:
        govMultilateralFinancing(success, t);
        break;
      case 49:
        govChinaCredit(t);
        break;
      case 50:
        govCustomsCrackdown(success, t);
        break;
      case 51:
        govCocaRationalisation(v, t);
        break;
      case 52:
        govInterdictionOperations(v, t);
        break;
      case 53:
        govAcceptMultilateralSupport(t);
        break;
      case 54:
        govJudicialReform(v, t);
        break;
      case 55:
        govProsecuteOpponents(t);
        break;
      case 56:
        govMediaPressure(t);
        break;
      case 57:
        govNationalDialogue(t);
        break;
      case 58:
        govSecuritySectorReform(v, t);
        break;
      case 59:
        govLoyalCommanders(t);
        break;
      case 60:
        govFemicideUnits(v, t);
        break;
      case 61:
        govBurningBan(v, t);
        break;
      case 62:
        govAgriculturalFrontier(t);
        break;
      case 63:
        govMercuryControl(v, t);
        break;
      case 64:
        govDisasterFund(v, t);
        break;
      case 65:
        govVaccinationCampaign(v, t);
        break;
      case 66:
        govHealthSystem(v, t);
        break;
      case 67:
        govMigrantRegularisation(v, t);
        break;
      case 68:
        govRenewablePlan(v, t);
        break;
      case 69:
        govTransparencyPortal(v, t);
        break;
      case 70:
        govAutocraticSecurityDeals(t);
        break;
      case 71:
        oppCivicStrike(success, t);
        break;
      case 72:
        oppIachrPetition(v, t);
        break;
      case 73:
        oppInvestigativeJournalism(success, t);
        break;
      case 74:
        oppIndigenousMarch(t);
        break;
      case 75:
        oppCommunityForestGuards(t);
        break;
      case 76:
        oppAssemblyNegotiation(t);
        break;
      case 77:
        oppBusinessAdvocacy(t);
        break;
      case 78:
        oppWomensRightsNetwork(v, t);
        break;
      case 79:
        oppFactChecking(t);
        break;
      case 80:
        oppUnityCoalition(t);
        break;
      case 81:
        oppInclusionCampaign(t);
        break;
      case 82:
        rivInfrastructureLoan(t);
        break;
      case 83:
        rivLithiumConsortium(v, t);
        break;
      case 84:
        rivYuanSwap(t);
        break;
      case 85:
        rivNuclearCentre(t);
        break;
      case 86:
        rivDefenceCooperation(t);
        break;
      case 87:
        rivStateMedia(t);
        break;
      case 88:
        rivSurveillanceTech(t);
        break;
      case 89:
        rivVaccineDiplomacy(t);
        break;
      default:
        throw new AssertionError("no action " + a + ": a bug");
    }
  }

  private static void usPublicDiplomacy(double[] v, HandWrittenBolivia t) {
    t.add(US_FAVOURABILITY_PCT, 0.1 * (75 - v[US_FAVOURABILITY_PCT]));
    t.add(AUTOCRATIC_INFLUENCE_IDX, -1);
  }

  private static void usCovaxDonation(double[] v, HandWrittenBolivia t) {
    t.add(VACCINATION_PCT, 0.2 * (90 - v[VACCINATION_PCT]));
    t.add(US_FAVOURABILITY_PCT, 3);
    t.add(US_GOV_RELATIONS, 0.08 * (80 - v[US_GOV_RELATIONS])); // goodwill from vaccines
    t.add(HEALTH_PREPAREDNESS_SCORE, 1);
  }

  private static void usHealthSecurity(double[] v, HandWrittenBolivia t) {
    t.add(HEALTH_PREPAREDNESS_SCORE, 0.06 * (60 - v[HEALTH_PREPAREDNESS_SCORE]), 0, 2);
    t.add(US_GOV_RELATIONS, 3);
    t.add(US_FAVOURABILITY_PCT, 2);
  }

  private static void usHumanitarianRelief(double[] v, HandWrittenBolivia t) {
    t.add(DISASTER_AFFECTED_K_Q, -0.3 * v[DISASTER_AFFECTED_K_Q]);
    t.add(US_GOV_RELATIONS, 0.1 * (85 - v[US_GOV_RELATIONS])); // gratitude for relief
    t.add(US_FAVOURABILITY_PCT, 5);
  }

  private static void usDisasterPreparedness(double[] v, HandWrittenBolivia t) {
    t.add(DISASTER_READINESS_PCT, 0.12 * (80 - v[DISASTER_READINESS_PCT]));
    t.add(US_GOV_RELATIONS, 1);
  }

  private static void usExchanges(HandWrittenBolivia t) {
    t.add(US_FAVOURABILITY_PCT, 2);
    t.add(RIGHTS_PROTECTION_PCT, 1);
    t.add(EIU_DEMOCRACY_SCORE, 0.02, 1, 1);
    t.add(POLARISATION_IDX, -0.03);
  }

  private static void usCommercialPromotion(double[] v, HandWrittenBolivia t) {
    t.add(US_EXPORTS_USD_M, 0.08 * (900 - v[US_EXPORTS_USD_M]));
    t.add(FDI_USD_BN_Q, 0.02);
    t.add(PRIVATE_INVESTMENT_PCT_GDP, 0.2);
  }

  private static void usEntrepreneurship(double[] v, HandWrittenBolivia t) {
    t.add(INFORMAL_EMPLOYMENT_PCT, -0.03 * (v[INFORMAL_EMPLOYMENT_PCT] - 55));
    t.add(PRIVATE_INVESTMENT_PCT_GDP, 0.3);
    t.add(NON_EXTRACTIVE_EXPORT_SHARE_PCT, 0.5);
  }

  private static void usEconomicTechnicalAssistance(double[] v, HandWrittenBolivia t) {
    t.add(NON_EXTRACTIVE_EXPORT_SHARE_PCT, 0.1 * (45 - v[NON_EXTRACTIVE_EXPORT_SHARE_PCT]));
    t.add(PRIVATE_INVESTMENT_PCT_GDP, 0.4);
    t.add(CONTRABAND_USD_BN_YR, -0.2);
  }

  private static void usTariffReview(double[] v, HandWrittenBolivia t) {
    t.add(US_IMPORTS_USD_M, 0.15 * (800 - v[US_IMPORTS_USD_M]));
    t.add(NON_EXTRACTIVE_EXPORT_SHARE_PCT, 1);
    t.add(OTHER_EXPORTS_USD_BN_Q, 0.03);
    t.add(US_GOV_RELATIONS, 2);
  }

  private static void usLithiumAdvocacy(double[] v, HandWrittenBolivia t) {
    t.add(LITHIUM_TRANSPARENCY_PCT, 0.15 * (90 - v[LITHIUM_TRANSPARENCY_PCT]));
    t.add(US_GOV_RELATIONS, -1); // seen as meddling
  }

  private static void usMultilateralCounternarcotics(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(JOINT_CN_OPERATIONS_Q, 1.5);
      t.add(INTERDICTION_PCT, 1.5);
      t.add(COCA_HA, -300);
      t.add(MONEY_LAUNDERING_USD_BN_YR, -0.03);
    }
  }

  private static void usDirectSecurityAssistance(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(JOINT_CN_OPERATIONS_Q, 3);
      t.add(INTERDICTION_PCT, 4);
      t.add(COCA_HA, -800);
    } else {
      t.add(US_GOV_RELATIONS, -5); // offer rejected as interference
      t.add(US_FAVOURABILITY_PCT, -2);
    }
  }

  private static void usEradicationPressure(HandWrittenBolivia t) {
    t.add(COCA_HA, -1000, 1, 1);
    t.add(US_GOV_RELATIONS, -8); // outrage at outside interference
    t.add(US_FAVOURABILITY_PCT, -5);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 2);
  }

  private static void usMilitaryProfessionalisation(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(SECURITY_POLITICISATION_IDX, -5);
    } else {
      t.add(US_GOV_RELATIONS, -3);
    }
  }

  private static void usPoliceReformMultilateral(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(SECURITY_POLITICISATION_IDX, -2.5);
      t.add(HOMICIDE_RATE, -0.2);
      t.add(FEMICIDES_Q, -1);
    }
  }

  private static void usIntelligenceSharing(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(INTERDICTION_PCT, 3);
      t.add(JOINT_CN_OPERATIONS_Q, 1);
      t.add(MONEY_LAUNDERING_USD_BN_YR, -0.1);
    } else {
      t.add(US_GOV_RELATIONS, -3); // leak
    }
  }

  private static void usCybersecurityAssistance(double[] v, HandWrittenBolivia t) {
    t.add(CYBER_READINESS_PCT, 0.12 * (70 - v[CYBER_READINESS_PCT]));
    t.add(US_GOV_RELATIONS, 1);
  }

  private static void usVisaAntifraud(double[] v, HandWrittenBolivia t) {
    t.add(VISA_FRAUD_PCT, -0.15 * v[VISA_FRAUD_PCT]);
    t.add(VISA_WAIT_DAYS, 10);
  }

  private static void usConsularSurge(double[] v, HandWrittenBolivia t) {
    t.add(VISA_WAIT_DAYS, -0.2 * v[VISA_WAIT_DAYS] * (0.5 + v[IT_CAPACITY_PCT] / 200));
    t.add(US_FAVOURABILITY_PCT, 2);
  }

  private static void usRefugeeSupport(double[] v, HandWrittenBolivia t) {
    t.add(MIGRANT_PROTECTION_PCT, 0.12 * (80 - v[MIGRANT_PROTECTION_PCT]));
    t.add(TRAFFICKING_VICTIMS_Q, -5);
    t.add(US_FAVOURABILITY_PCT, 1);
  }

  private static void usDemocracyEngagement(HandWrittenBolivia t) {
    t.add(POLARISATION_IDX, -0.1);
    t.add(EIU_DEMOCRACY_SCORE, 0.03);
    t.add(US_GOV_RELATIONS, 1);
  }

  private static void usStatementPoliticalPrisoners(double[] v, HandWrittenBolivia t) {
    t.add(POLITICAL_DETAINEES, -0.08 * v[POLITICAL_DETAINEES]);
    t.add(US_GOV_RELATIONS, -4); // rejected as interference
    t.addResource(OPPOSITION_CREDIBILITY, 1);
    t.add(GOV_APPROVAL_PCT, 1); // rally against interference
  }

  private static void usPressFreedomSupport(HandWrittenBolivia t) {
    t.add(PRESS_FREEDOM_SCORE, 2);
    t.add(US_GOV_RELATIONS, -1);
  }

  private static void usGenderViolenceProgramme(double[] v, HandWrittenBolivia t) {
    t.add(RIGHTS_PROTECTION_PCT, 0.1 * (60 - v[RIGHTS_PROTECTION_PCT]));
    t.add(FEMICIDES_Q, -1.5, 1, 1);
  }

  private static void usInclusionProgrammes(HandWrittenBolivia t) {
    t.add(RIGHTS_PROTECTION_PCT, 2);
    t.add(INDIGENOUS_CONSULTATION_PCT, 2);
    t.add(US_FAVOURABILITY_PCT, 1);
  }

  private static void usAnticorruptionAssistance(boolean success, double[] v,
      HandWrittenBolivia t) {
    if (success) {
      t.add(CPI_SCORE, 0.1 * (45 - v[CPI_SCORE]));
      t.add(CONTRABAND_USD_BN_YR, -0.1);
    }
  }

  private static void usForestProgramme(HandWrittenBolivia t) {
    t.add(FOREST_LOSS_KHA_Q, -4, 0, 2);
    t.add(INDIGENOUS_CONSULTATION_PCT, 1);
  }

  private static void usRenewablePartnership(double[] v, HandWrittenBolivia t) {
    t.add(RENEWABLE_SHARE_PCT, 0.08 * (70 - v[RENEWABLE_SHARE_PCT]));
    t.add(US_GOV_RELATIONS, 1);
  }

  private static void usMultilateralEngagement(HandWrittenBolivia t) {
    t.add(US_GOV_RELATIONS, 2);
    t.add(AUTOCRATIC_INFLUENCE_IDX, -1.5);
  }

  private static void usCounterDisinformation(HandWrittenBolivia t) {
    t.add(AUTOCRATIC_INFLUENCE_IDX, -2);
    t.add(US_FAVOURABILITY_PCT, 1);
    t.add(US_GOV_RELATIONS, -1);
  }

  private static void usAmlSupport(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(MONEY_LAUNDERING_USD_BN_YR, -0.12);
    }
  }

  private static void usShemProjects(double[] v, HandWrittenBolivia t) {
    t.add(SHEM_COMPLIANCE_PCT, 0.3 * (100 - v[SHEM_COMPLIANCE_PCT]));
  }

  private static void usDeiaPlan(double[] v, HandWrittenBolivia t) {
    t.add(DEIA_WORKFORCE_PCT, 0.2 * (100 - v[DEIA_WORKFORCE_PCT]));
  }

  private static void usItModernisation(double[] v, HandWrittenBolivia t) {
    t.add(IT_CAPACITY_PCT, 0.25 * (100 - v[IT_CAPACITY_PCT]));
  }

  private static void restoreAmbassadors(HandWrittenBolivia t) {
    t.add(AMBASSADORS_EXCHANGED, 1);
    t.add(US_GOV_RELATIONS, 10);
    t.add(US_FAVOURABILITY_PCT, 2);
    t.add(FDI_USD_BN_Q, 0.05, 1, 1); // investor confidence
    t.add(PRIVATE_INVESTMENT_PCT_GDP, 0.5, 1, 1);
  }

  private static void jointTradeInvestmentDialogue(HandWrittenBolivia t) {
    t.add(US_EXPORTS_USD_M, 30);
    t.add(FDI_USD_BN_Q, 0.05);
    t.add(PRIVATE_INVESTMENT_PCT_GDP, 0.5);
    t.add(US_GOV_RELATIONS, 3);
  }

  private static void jointDisasterHealthAgreement(HandWrittenBolivia t) {
    t.add(DISASTER_READINESS_PCT, 8);
    t.add(HEALTH_PREPAREDNESS_SCORE, 3);
    t.add(US_GOV_RELATIONS, 4);
    t.add(GOV_APPROVAL_PCT, 1);
  }

  private static void jointCounternarcoticsMemorandum(HandWrittenBolivia t) {
    t.add(JOINT_CN_OPERATIONS_Q, 3);
    t.add(INTERDICTION_PCT, 3, 0, 2);
    t.add(US_GOV_RELATIONS, 2);
  }

  private static void govDomesticGoldPurchases(HandWrittenBolivia t) {
    t.add(RESERVES_USD_BN, 0.3);
    t.add(MERCURY_IMPORTS_T_YR, 10);
    t.add(FOREST_LOSS_KHA_Q, 2, 0, 2);
  }

  private static void govDevaluation(double[] v, HandWrittenBolivia t) {
    t.add(OVERVALUATION_PCT, -0.4 * Math.max(0, v[OVERVALUATION_PCT]));
    t.add(PARALLEL_PREMIUM_PCT, -0.5 * v[PARALLEL_PREMIUM_PCT]);
    t.add(INFLATION_PCT, 1.5, 0, 2);
    t.add(GOV_APPROVAL_PCT, -6);
    t.add(SOCIAL_CONFLICTS_M, 10);
  }

  private static void govFuelPriceReform(HandWrittenBolivia t) {
    t.add(FUEL_PUMP_PRICE_PCT, 12);
    t.add(GOV_APPROVAL_PCT, -6);
    t.add(SOCIAL_CONFLICTS_M, 12);
    t.add(INFLATION_PCT, 1);
  }

  private static void govSocialTransfers(HandWrittenBolivia t) {
    t.add(POVERTY_PCT, -1.5);
    t.add(SOCIAL_CONFLICTS_M, -5);
    t.add(GOV_APPROVAL_PCT, 3);
    t.add(FISCAL_DEFICIT_PCT_GDP, 0.3);
    t.add(INFLATION_PCT, 0.2);
  }

  private static void govStateInvestment(HandWrittenBolivia t) {
    t.add(GDP_GROWTH_PCT, 0.4, 0, 2);
    t.add(FISCAL_DEFICIT_PCT_GDP, 0.5);
    t.add(PRIVATE_INVESTMENT_PCT_GDP, -0.3);
    t.add(GOV_APPROVAL_PCT, 2);
    t.add(IMPORTS_USD_BN_Q, 0.05);
  }

  private static void govInvestmentLaw(double[] v, HandWrittenBolivia t) {
    t.add(PRIVATE_INVESTMENT_PCT_GDP, 0.15 * (12 - v[PRIVATE_INVESTMENT_PCT_GDP]), 0, 3);
    t.add(GOV_APPROVAL_PCT, -2);
    t.add(FDI_USD_BN_Q, 0.03);
  }

  private static void govUpstreamGasIncentives(HandWrittenBolivia t) {
    t.add(GAS_OUTPUT_MM3D, 1.5, 2, 2);
    t.add(FDI_USD_BN_Q, 0.05);
  }

  private static void govLithiumOpenTender(double[] v, HandWrittenBolivia t) {
    t.add(LITHIUM_TENDER_PROGRESS_PCT, 8);
    t.add(LITHIUM_TRANSPARENCY_PCT, 0.2 * (90 - v[LITHIUM_TRANSPARENCY_PCT]));
    t.add(FDI_USD_BN_Q, 0.03);
  }

  private static void govLithiumDirectAward(HandWrittenBolivia t) {
    t.add(LITHIUM_TENDER_PROGRESS_PCT, 15);
    t.add(LITHIUM_RIVAL_SHARE_PCT, 15);
    t.add(LITHIUM_TRANSPARENCY_PCT, -10);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 3);
  }

  private static void govMultilateralFinancing(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(RESERVES_USD_BN, 0.4);
      t.add(FISCAL_DEFICIT_PCT_GDP, -0.2);
    }
  }

  private static void govChinaCredit(HandWrittenBolivia t) {
    t.add(RESERVES_USD_BN, 0.5);
    t.add(CHINA_LOANS_USD_BN, 0.5);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 4);
    t.add(US_GOV_RELATIONS, -1);
  }

  private static void govCustomsCrackdown(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(CONTRABAND_USD_BN_YR, -0.5);
      t.add(INFORMAL_EMPLOYMENT_PCT, -0.3, 1, 1);
      t.add(SOCIAL_CONFLICTS_M, 3);
    }
  }

  private static void govCocaRationalisation(double[] v, HandWrittenBolivia t) {
    t.add(COCA_HA, -0.08 * Math.max(0, v[COCA_HA] - 22000));
    t.add(GOV_APPROVAL_PCT, -1);
    t.add(SOCIAL_CONFLICTS_M, 2);
  }

  private static void govInterdictionOperations(double[] v, HandWrittenBolivia t) {
    t.add(INTERDICTION_PCT, 0.12 * (35 - v[INTERDICTION_PCT]));
    t.add(JOINT_CN_OPERATIONS_Q, 0.5);
  }

  private static void govAcceptMultilateralSupport(HandWrittenBolivia t) {
    t.add(JOINT_CN_OPERATIONS_Q, 2);
    t.add(INTERDICTION_PCT, 2);
    t.add(US_GOV_RELATIONS, 1);
  }

  private static void govJudicialReform(double[] v, HandWrittenBolivia t) {
    t.add(POLITICAL_DETAINEES, -0.15 * v[POLITICAL_DETAINEES]);
    t.add(EIU_DEMOCRACY_SCORE, 0.15);
    t.add(CPI_SCORE, 1);
    t.add(POLARISATION_IDX, -0.1);
    t.add(GOV_APPROVAL_PCT, -1);
  }

  private static void govProsecuteOpponents(HandWrittenBolivia t) {
    t.add(POLITICAL_DETAINEES, 8);
    t.addResource(OPPOSITION_MOBILISATION, -2);
    t.add(GOV_APPROVAL_PCT, 1);
    t.add(POLARISATION_IDX, 0.15);
    t.add(PRESS_FREEDOM_SCORE, -1);
    t.add(US_GOV_RELATIONS, -2);
    t.add(OPPOSITION_SUPPORT_PCT, -1);
  }

  private static void govMediaPressure(HandWrittenBolivia t) {
    t.add(PRESS_FREEDOM_SCORE, -3);
    t.addResource(OPPOSITION_CREDIBILITY, -1);
    t.add(GOV_APPROVAL_PCT, 0.5);
  }

  private static void govNationalDialogue(HandWrittenBolivia t) {
    t.add(POLARISATION_IDX, -0.15);
    t.add(SOCIAL_CONFLICTS_M, -8);
    t.add(GOV_APPROVAL_PCT, 1);
  }

  private static void govSecuritySectorReform(double[] v, HandWrittenBolivia t) {
    t.add(SECURITY_POLITICISATION_IDX, -0.1 * (v[SECURITY_POLITICISATION_IDX] - 20));
    t.add(HOMICIDE_RATE, -0.1);
    t.add(INTERDICTION_PCT, 1);
  }

  private static void govLoyalCommanders(HandWrittenBolivia t) {
    t.add(SECURITY_POLITICISATION_IDX, 6);
    t.add(SOCIAL_CONFLICTS_M, -3);
    t.add(GOV_APPROVAL_PCT, 0.5);
  }

  private static void govFemicideUnits(double[] v, HandWrittenBolivia t) {
    t.add(RIGHTS_PROTECTION_PCT, 3);
    t.add(FEMICIDES_Q, -0.05 * v[FEMICIDES_Q], 0, 2);
  }

  private static void govBurningBan(double[] v, HandWrittenBolivia t) {
    t.add(FOREST_LOSS_KHA_Q, -0.1 * v[FOREST_LOSS_KHA_Q], 0, 2);
    t.add(GOV_APPROVAL_PCT, -1);
  }

  private static void govAgriculturalFrontier(HandWrittenBolivia t) {
    t.add(NON_EXTRACTIVE_EXPORT_SHARE_PCT, 1.5);
    t.add(GDP_GROWTH_PCT, 0.3);
    t.add(OTHER_EXPORTS_USD_BN_Q, 0.05);
    t.add(FOREST_LOSS_KHA_Q, 6, 0, 3);
    t.add(INDIGENOUS_CONSULTATION_PCT, -3);
  }

  private static void govMercuryControl(double[] v, HandWrittenBolivia t) {
    t.add(MERCURY_IMPORTS_T_YR, -0.15 * v[MERCURY_IMPORTS_T_YR]);
    t.add(FOREST_LOSS_KHA_Q, -2);
    t.add(SOCIAL_CONFLICTS_M, 3);
  }

  private static void govDisasterFund(double[] v, HandWrittenBolivia t) {
    t.add(DISASTER_READINESS_PCT, 0.1 * (70 - v[DISASTER_READINESS_PCT]));
  }

  private static void govVaccinationCampaign(double[] v, HandWrittenBolivia t) {
    t.add(VACCINATION_PCT, 0.1 * (90 - v[VACCINATION_PCT]));
    t.add(HEALTH_PREPAREDNESS_SCORE, 1);
  }

  private static void govHealthSystem(double[] v, HandWrittenBolivia t) {
    t.add(HEALTH_PREPAREDNESS_SCORE, 0.1 * (55 - v[HEALTH_PREPAREDNESS_SCORE]));
    t.add(GOV_APPROVAL_PCT, 1);
    t.add(POVERTY_PCT, -0.3);
  }

  private static void govMigrantRegularisation(double[] v, HandWrittenBolivia t) {
    t.add(MIGRANT_PROTECTION_PCT, 0.15 * (85 - v[MIGRANT_PROTECTION_PCT]));
    t.add(TRAFFICKING_VICTIMS_Q, -5);
    t.add(GOV_APPROVAL_PCT, -1);
  }

  private static void govRenewablePlan(double[] v, HandWrittenBolivia t) {
    t.add(RENEWABLE_SHARE_PCT, 0.08 * (70 - v[RENEWABLE_SHARE_PCT]));
    t.add(GDP_GROWTH_PCT, 0.1);
    t.add(FUEL_IMPORT_BILL_USD_BN_Q, -0.01);
  }

  private static void govTransparencyPortal(double[] v, HandWrittenBolivia t) {
    t.add(CPI_SCORE, 0.08 * (50 - v[CPI_SCORE]));
    t.add(GOV_APPROVAL_PCT, 1);
  }

  private static void govAutocraticSecurityDeals(HandWrittenBolivia t) {
    t.add(AUTOCRATIC_INFLUENCE_IDX, 5);
    t.add(SECURITY_POLITICISATION_IDX, 2);
    t.add(US_GOV_RELATIONS, -4);
    t.add(INTERDICTION_PCT, 1);
  }

  private static void oppCivicStrike(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(GOV_APPROVAL_PCT, -4);
      t.addResource(GOV_CAPITAL, -2);
      t.add(OPPOSITION_SUPPORT_PCT, 2);
      t.add(POLITICAL_DETAINEES, -3); // concession
    }
    t.add(SOCIAL_CONFLICTS_M, 15);
    t.add(GDP_GROWTH_PCT, -0.4);
    t.add(PRIVATE_INVESTMENT_PCT_GDP, -0.2);
    if (!success) {
      t.addResource(OPPOSITION_MOBILISATION, -2); // strike fizzles
    }
  }

  private static void oppIachrPetition(double[] v, HandWrittenBolivia t) {
    t.add(POLITICAL_DETAINEES, -0.06 * v[POLITICAL_DETAINEES]);
    t.add(EIU_DEMOCRACY_SCORE, 0.03);
    t.add(RIGHTS_PROTECTION_PCT, 1);
  }

  private static void oppInvestigativeJournalism(boolean success, HandWrittenBolivia t) {
    if (success) {
      t.add(CPI_SCORE, 1, 1, 1);
      t.add(GOV_APPROVAL_PCT, -2);
      t.add(PRESS_FREEDOM_SCORE, 1);
      t.add(OPPOSITION_SUPPORT_PCT, 1);
    } else {
      t.addResource(OPPOSITION_CREDIBILITY, -1); // sued for defamation
      t.add(PRESS_FREEDOM_SCORE, -1);
    }
  }

  private static void oppIndigenousMarch(HandWrittenBolivia t) {
    t.add(INDIGENOUS_CONSULTATION_PCT, 6);
    t.add(FOREST_LOSS_KHA_Q, -3, 0, 2);
    t.add(SOCIAL_CONFLICTS_M, 6);
    t.add(GOV_APPROVAL_PCT, -1);
  }

  private static void oppCommunityForestGuards(HandWrittenBolivia t) {
    t.add(FOREST_LOSS_KHA_Q, -2, 0, 3);
    t.add(DISASTER_READINESS_PCT, 1);
  }

  private static void oppAssemblyNegotiation(HandWrittenBolivia t) {
    t.add(POLARISATION_IDX, -0.1);
    t.addResource(GOV_CAPITAL, 1);
    t.add(POLITICAL_DETAINEES, -1);
    t.add(EIU_DEMOCRACY_SCORE, 0.02);
    t.add(OPPOSITION_SUPPORT_PCT, -1);
  }

  private static void oppBusinessAdvocacy(HandWrittenBolivia t) {
    t.add(PRIVATE_INVESTMENT_PCT_GDP, 0.4);
    t.add(NON_EXTRACTIVE_EXPORT_SHARE_PCT, 1);
    t.add(US_EXPORTS_USD_M, 10);
  }

  private static void oppWomensRightsNetwork(double[] v, HandWrittenBolivia t) {
    t.add(RIGHTS_PROTECTION_PCT, 0.08 * (60 - v[RIGHTS_PROTECTION_PCT]));
    t.add(FEMICIDES_Q, -1);
  }

  private static void oppFactChecking(HandWrittenBolivia t) {
    t.add(PRESS_FREEDOM_SCORE, 1.5);
    t.add(AUTOCRATIC_INFLUENCE_IDX, -1);
  }

  private static void oppUnityCoalition(HandWrittenBolivia t) {
    t.add(OPPOSITION_SUPPORT_PCT, 4);
    t.add(POLARISATION_IDX, 0.1);
  }

  private static void oppInclusionCampaign(HandWrittenBolivia t) {
    t.add(RIGHTS_PROTECTION_PCT, 2);
    t.add(INDIGENOUS_CONSULTATION_PCT, 1);
  }

  private static void rivInfrastructureLoan(HandWrittenBolivia t) {
    t.add(CHINA_LOANS_USD_BN, 0.5);
    t.add(RESERVES_USD_BN, 0.2);
    t.add(GDP_GROWTH_PCT, 0.3);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 2);
    t.add(FOREST_LOSS_KHA_Q, 1, 0, 2);
  }

  private static void rivLithiumConsortium(double[] v, HandWrittenBolivia t) {
    t.add(LITHIUM_TENDER_PROGRESS_PCT, 10);
    t.add(LITHIUM_RIVAL_SHARE_PCT, 0.06 * (90 - v[LITHIUM_RIVAL_SHARE_PCT]));
    t.add(LITHIUM_TRANSPARENCY_PCT, -5);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 2);
  }

  private static void rivYuanSwap(HandWrittenBolivia t) {
    t.add(RESERVES_USD_BN, 0.3);
    t.add(CHINA_LOANS_USD_BN, 0.3);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 2);
  }

  private static void rivNuclearCentre(HandWrittenBolivia t) {
    t.add(AUTOCRATIC_INFLUENCE_IDX, 3);
    t.add(US_GOV_RELATIONS, -1);
  }

  private static void rivDefenceCooperation(HandWrittenBolivia t) {
    t.add(SECURITY_POLITICISATION_IDX, 3);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 2);
    t.add(US_GOV_RELATIONS, -3);
    t.add(INTERDICTION_PCT, 1);
  }

  private static void rivStateMedia(HandWrittenBolivia t) {
    t.add(US_FAVOURABILITY_PCT, -2);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 1);
    t.add(US_GOV_RELATIONS, -1);
  }

  private static void rivSurveillanceTech(HandWrittenBolivia t) {
    t.add(CYBER_READINESS_PCT, 2);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 2);
    t.add(PRESS_FREEDOM_SCORE, -1);
    t.add(CHINA_LOANS_USD_BN, 0.2);
  }

  private static void rivVaccineDiplomacy(HandWrittenBolivia t) {
    t.add(VACCINATION_PCT, 3);
    t.add(AUTOCRATIC_INFLUENCE_IDX, 2);
    t.add(US_FAVOURABILITY_PCT, -1);
  }

  /** Who may order an action, what it costs and how often it may be ordered. */
  record Rule(String id, int[] teams, boolean joint, double[] costs, int cooldown,
      int maxUses, boolean rolled) {
    boolean allows(int team) {
      for (int t : teams) {
        if (t == team) {
          return true;
        }
      }
      return false;
    }

    Rule withCosts(double first, double second) {
      return new Rule(id, teams, joint, new double[] {first, second}, cooldown, maxUses,
          rolled);
    }

    Rule withCooldown(int turns) {
      return new Rule(id, teams, joint, costs, turns, maxUses, rolled);
    }

    Rule withMaxUses(int uses) {
      return new Rule(id, teams, joint, costs, cooldown, uses, rolled);
    }

    /** Success is rolled against {@link BoliviaActions#chance}; otherwise it is certain. */
    Rule withChance() {
      return new Rule(id, teams, joint, costs, cooldown, maxUses, true);
    }
  }

  private static Rule solo(String id, int team) {
    return new Rule(id, new int[] {team}, false, new double[2], 0, 0, false);
  }

  /** An action both governments must order in the same turn; it takes effect once. */
  private static Rule joint(String id) {
    return new Rule(id, new int[] {US, GOV}, true, new double[2], 0, 0, false);
  }
}
