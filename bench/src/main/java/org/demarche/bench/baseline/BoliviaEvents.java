package org.demarche.bench.baseline;

import static org.demarche.bench.baseline.BoliviaTeams.*;
import static org.demarche.bench.baseline.BoliviaVariables.*;

/**
 * The Bolivia scenario's 45 events: their triggers, their effects and the dilemmas some of them put
 * to a team. It mirrors {@code scenarios/bolivia-2022.json} at version 1.0.0, transcribed with the
 * help of a throwaway script; {@code HandWrittenBoliviaTest} fails when the two drift apart.
 */
final class BoliviaEvents {
  static final int DOLLAR_SHORTAGE = 0;
  static final int RATING_DOWNGRADE = 1;
  static final int FUEL_QUEUES = 2;
  static final int RUN_ON_THE_BOLIVIANO = 3;
  static final int INFLATION_PROTESTS = 4;
  static final int NATIONAL_BLOCKADES = 5;
  static final int NET_HYDROCARBON_IMPORTER = 6;
  static final int COMMODITY_SHOCK = 7;
  static final int ANEZ_SENTENCED = 8;
  static final int OPPONENT_ARRESTED = 9;
  static final int SECURITY_FORCES_REPRESSION = 10;
  static final int MILITARY_MUTINY = 11;
  static final int FEMICIDE_OUTCRY = 12;
  static final int CRIME_WAVE = 13;
  static final int DRUG_LORD_ESCAPE = 14;
  static final int TRAFFICKING_NETWORK_EXPOSED = 15;
  static final int AML_EVALUATION = 16;
  static final int AUTOCRATIC_SECURITY_PACT = 17;
  static final int CYBER_ATTACK = 18;
  static final int MIGRANT_SURGE = 19;
  static final int VISA_FRAUD_RING = 20;
  static final int CENSUS_STRIKE = 21;
  static final int MAS_SPLIT = 22;
  static final int JUDICIAL_ELECTIONS = 23;
  static final int GENERAL_ELECTION = 24;
  static final int DIALOGUE_INVITATION = 25;
  static final int LITHIUM_AWARD = 26;
  static final int MAJORS_LIST_DETERMINATION = 27;
  static final int MSGR_MOVE = 28;
  static final int IT_OUTAGE = 29;
  static final int US_CITIZENS_AT_RISK = 30;
  static final int DROUGHT = 31;
  static final int FOREST_FIRES = 32;
  static final int FLOODS = 33;
  static final int EARTHQUAKE = 34;
  static final int COVID_WAVE = 35;
  static final int DENGUE_OUTBREAK = 36;
  static final int INJECT_LEAKED_CABLE = 37;
  static final int INJECT_JOURNALIST_DETAINED = 38;
  static final int INJECT_MEGAFIRE = 39;
  static final int INJECT_EARTHQUAKE = 40;
  static final int INJECT_COCAINE_PLANE = 41;
  static final int INJECT_BANK_RANSOMWARE = 42;
  static final int INJECT_LITHIUM_SCANDAL = 43;
  static final int INJECT_TOURISTS_TRAPPED = 44;
  static final int COUNT = 45;

  /** The events' ids, by index, for reading orders' dilemma answers. */
  static final String[] IDS = {
    "dollar_shortage",
    "rating_downgrade",
    "fuel_queues",
    "run_on_the_boliviano",
    "inflation_protests",
    "national_blockades",
    "net_hydrocarbon_importer",
    "commodity_shock",
    "anez_sentenced",
    "opponent_arrested",
    "security_forces_repression",
    "military_mutiny",
    "femicide_outcry",
    "crime_wave",
    "drug_lord_escape",
    "trafficking_network_exposed",
    "aml_evaluation",
    "autocratic_security_pact",
    "cyber_attack",
    "migrant_surge",
    "visa_fraud_ring",
    "census_strike",
    "mas_split",
    "judicial_elections",
    "general_election",
    "dialogue_invitation",
    "lithium_award",
    "majors_list_determination",
    "msgr_move",
    "it_outage",
    "us_citizens_at_risk",
    "drought",
    "forest_fires",
    "floods",
    "earthquake",
    "covid_wave",
    "dengue_outbreak",
    "inject_leaked_cable",
    "inject_journalist_detained",
    "inject_megafire",
    "inject_earthquake",
    "inject_cocaine_plane",
    "inject_bank_ransomware",
    "inject_lithium_scandal",
    "inject_tourists_trapped",
  };

  /** The dilemma each event puts, by index; null for most. */
  static final Dilemma[] DILEMMAS = dilemmas();

  private BoliviaEvents() {}

  /**
   * Decides, on the values {@code v} after the dynamics, which events fire this turn. The
   * instructor's injects (the {@code inject_*} events) never fire on their own and are left out.
   * {@code turn % 4 == 2} is the scenario's {@code turn - 4 * floor(turn / 4) == 2}.
   */
  static void decide(double[] v, HandWrittenBolivia t, boolean[] fires) {
    int turn = t.turn;
    fires[DOLLAR_SHORTAGE] = t.hysteresis(DOLLAR_SHORTAGE, v[RESERVES_USD_BN] < 3,
        v[RESERVES_USD_BN] > 3.6);
    fires[RATING_DOWNGRADE] = t.once(RATING_DOWNGRADE) && v[RESERVE_COVER_MONTHS] < 3.5;
    fires[FUEL_QUEUES] = t.cooledDown(FUEL_QUEUES, 3) && v[RESERVES_USD_BN] < 2.5
        && v[FUEL_PUMP_PRICE_PCT] < 70;
    fires[RUN_ON_THE_BOLIVIANO] = t.hysteresis(RUN_ON_THE_BOLIVIANO, v[PARALLEL_PREMIUM_PCT] > 20,
        v[PARALLEL_PREMIUM_PCT] < 12);
    fires[INFLATION_PROTESTS] = t.hysteresis(INFLATION_PROTESTS, v[INFLATION_PCT] > 8,
        v[INFLATION_PCT] < 6);
    fires[NATIONAL_BLOCKADES] = t.hysteresis(NATIONAL_BLOCKADES, v[SOCIAL_CONFLICTS_M] > 130,
        v[SOCIAL_CONFLICTS_M] < 105);
    fires[NET_HYDROCARBON_IMPORTER] = t.once(NET_HYDROCARBON_IMPORTER)
        && v[FUEL_IMPORT_BILL_USD_BN_Q] > v[GAS_EXPORTS_USD_BN_Q];
    fires[COMMODITY_SHOCK] = turn == 1;
    fires[ANEZ_SENTENCED] = turn == 1;
    fires[OPPONENT_ARRESTED] = t.cooledDown(OPPONENT_ARRESTED, 4) && v[POLITICAL_DETAINEES] > 50;
    fires[SECURITY_FORCES_REPRESSION] = t.cooledDown(SECURITY_FORCES_REPRESSION, 3)
        && v[SECURITY_POLITICISATION_IDX] > 75 && v[SOCIAL_CONFLICTS_M] > 110;
    fires[MILITARY_MUTINY] = t.once(MILITARY_MUTINY) && v[SECURITY_POLITICISATION_IDX] > 70
        && turn >= 5 && t.roll(MILITARY_MUTINY, 0.25);
    fires[FEMICIDE_OUTCRY] = t.cooledDown(FEMICIDE_OUTCRY, 4) && v[FEMICIDES_Q] > 30;
    fires[CRIME_WAVE] = t.hysteresis(CRIME_WAVE, v[HOMICIDE_RATE] > 7.5, v[HOMICIDE_RATE] < 7);
    fires[DRUG_LORD_ESCAPE] = t.once(DRUG_LORD_ESCAPE) && v[INTERDICTION_PCT] < 12
        && v[COCAINE_POTENTIAL_T_Q] > 42;
    fires[TRAFFICKING_NETWORK_EXPOSED] = t.cooledDown(TRAFFICKING_NETWORK_EXPOSED, 4)
        && t.roll(TRAFFICKING_NETWORK_EXPOSED,
        clamp(0.05 + v[MONEY_LAUNDERING_USD_BN_YR] / 10, 0, 0.3));
    fires[AML_EVALUATION] = t.once(AML_EVALUATION) && v[MONEY_LAUNDERING_USD_BN_YR] > 1.3;
    fires[AUTOCRATIC_SECURITY_PACT] = t.once(AUTOCRATIC_SECURITY_PACT)
        && v[AUTOCRATIC_INFLUENCE_IDX] > 60;
    fires[CYBER_ATTACK] = t.cooledDown(CYBER_ATTACK, 2)
        && t.roll(CYBER_ATTACK, clamp(0.25 - v[CYBER_READINESS_PCT] / 300, 0.03, 0.25));
    fires[MIGRANT_SURGE] = t.cooledDown(MIGRANT_SURGE, 4) && turn >= 2
        && t.roll(MIGRANT_SURGE, 0.12);
    fires[VISA_FRAUD_RING] = t.cooledDown(VISA_FRAUD_RING, 3)
        && t.roll(VISA_FRAUD_RING, clamp(0.05 * v[VISA_FRAUD_PCT], 0, 0.4));
    fires[CENSUS_STRIKE] = turn == 3;
    fires[MAS_SPLIT] = turn == 7;
    fires[JUDICIAL_ELECTIONS] = turn == 11;
    fires[GENERAL_ELECTION] = turn == 14;
    fires[DIALOGUE_INVITATION] = t.hysteresis(DIALOGUE_INVITATION, v[SOCIAL_CONFLICTS_M] > 115,
        v[SOCIAL_CONFLICTS_M] < 95);
    fires[LITHIUM_AWARD] = t.once(LITHIUM_AWARD) && v[LITHIUM_TENDER_PROGRESS_PCT] >= 45;
    fires[MAJORS_LIST_DETERMINATION] = turn % 4 == 2;
    fires[MSGR_MOVE] = turn == 3;
    fires[IT_OUTAGE] = t.cooledDown(IT_OUTAGE, 3)
        && t.roll(IT_OUTAGE, clamp((40 - v[IT_CAPACITY_PCT]) / 200, 0, 0.2));
    fires[US_CITIZENS_AT_RISK] = t.cooledDown(US_CITIZENS_AT_RISK, 3)
        && (v[DISASTER_AFFECTED_K_Q] > 150 || v[SOCIAL_CONFLICTS_M] > 140);
    fires[DROUGHT] = t.hysteresis(DROUGHT, v[RAINFALL_ANOMALY_PCT] < -25,
        v[RAINFALL_ANOMALY_PCT] > -10);
    fires[FOREST_FIRES] = turn % 4 == 2
        && t.roll(FOREST_FIRES,
        clamp(0.3 + Math.max(0, -v[RAINFALL_ANOMALY_PCT]) / 60 - v[DISASTER_READINESS_PCT] / 300,
        0.1, 0.9));
    fires[FLOODS] = turn % 4 == 0
        && t.roll(FLOODS, clamp(0.25 + Math.max(0, v[RAINFALL_ANOMALY_PCT]) / 50, 0.05, 0.8));
    fires[EARTHQUAKE] = t.once(EARTHQUAKE) && t.roll(EARTHQUAKE, 0.02);
    fires[COVID_WAVE] = t.cooledDown(COVID_WAVE, 3) && turn >= 2
        && t.roll(COVID_WAVE, clamp(0.4 * (1 - v[VACCINATION_PCT] / 100), 0.05, 0.4));
    fires[DENGUE_OUTBREAK] = turn % 4 == 0
        && t.roll(DENGUE_OUTBREAK, clamp(0.4 - v[HEALTH_PREPAREDNESS_SCORE] / 200, 0.1, 0.4));
  }

  /** Applies the effects of event {@code e}, amounts computed on the values {@code v}. */
  static void apply(int e, double[] v, HandWrittenBolivia t) {
    switch (e) {
      case DOLLAR_SHORTAGE:
        t.add(PARALLEL_PREMIUM_PCT, 6);
        t.add(SOCIAL_CONFLICTS_M, 8);
        t.add(GOV_APPROVAL_PCT, -3);
        t.add(IMPORTS_USD_BN_Q, -0.1); // import rationing
        break;
      case RATING_DOWNGRADE:
        t.add(RESERVES_USD_BN, -0.2); // dollar rush
        t.add(FDI_USD_BN_Q, -0.05);
        t.add(PRIVATE_INVESTMENT_PCT_GDP, -0.3);
        break;
      case FUEL_QUEUES:
        t.add(SOCIAL_CONFLICTS_M, 10);
        t.add(GDP_GROWTH_PCT, -0.3);
        t.add(GOV_APPROVAL_PCT, -3);
        break;
      case RUN_ON_THE_BOLIVIANO:
        t.add(RESERVES_USD_BN, -0.4); // deposit flight
        t.add(INFLATION_PCT, 2);
        t.add(OVERVALUATION_PCT, 3);
        break;
      case INFLATION_PROTESTS:
        t.add(SOCIAL_CONFLICTS_M, 12);
        t.add(GOV_APPROVAL_PCT, -4);
        break;
      case NATIONAL_BLOCKADES:
        t.add(GDP_GROWTH_PCT, -0.8);
        t.add(OTHER_EXPORTS_USD_BN_Q, -0.1);
        t.add(GOV_APPROVAL_PCT, -3);
        t.addResource(OPPOSITION_MOBILISATION, 1);
        break;
      case NET_HYDROCARBON_IMPORTER:
        t.add(GOV_APPROVAL_PCT, -2);
        t.add(FDI_USD_BN_Q, -0.02);
        break;
      case COMMODITY_SHOCK:
        t.add(OIL_PRICE_USD, 8);
        t.add(INFLATION_PCT, 0.5);
        t.add(FUEL_IMPORT_BILL_USD_BN_Q, 0.05);
        break;
      case ANEZ_SENTENCED:
        t.add(POLITICAL_DETAINEES, 1);
        t.add(POLARISATION_IDX, 0.1);
        t.add(OPPOSITION_SUPPORT_PCT, 1);
        break;
      case OPPONENT_ARRESTED:
        t.add(POLARISATION_IDX, 0.2);
        t.add(SOCIAL_CONFLICTS_M, 10);
        t.add(OPPOSITION_SUPPORT_PCT, 2);
        t.add(US_GOV_RELATIONS, -1);
        break;
      case SECURITY_FORCES_REPRESSION:
        t.add(POLITICAL_DETAINEES, 5);
        t.add(GOV_APPROVAL_PCT, -3);
        t.add(EIU_DEMOCRACY_SCORE, -0.1);
        t.add(US_GOV_RELATIONS, -2);
        break;
      case MILITARY_MUTINY:
        t.add(POLARISATION_IDX, 0.2);
        t.add(GOV_APPROVAL_PCT, 4); // rally
        t.add(SECURITY_POLITICISATION_IDX, 5);
        t.add(EIU_DEMOCRACY_SCORE, -0.2);
        break;
      case FEMICIDE_OUTCRY:
        t.add(SOCIAL_CONFLICTS_M, 4);
        t.add(RIGHTS_PROTECTION_PCT, 2);
        t.add(GOV_APPROVAL_PCT, -1);
        break;
      case CRIME_WAVE:
        t.add(GOV_APPROVAL_PCT, -2);
        t.add(PRIVATE_INVESTMENT_PCT_GDP, -0.3);
        break;
      case DRUG_LORD_ESCAPE:
        t.add(SECURITY_POLITICISATION_IDX, 3);
        t.add(GOV_APPROVAL_PCT, -2);
        t.add(US_GOV_RELATIONS, -2);
        break;
      case TRAFFICKING_NETWORK_EXPOSED:
        t.add(TRAFFICKING_VICTIMS_Q, 25);
        t.add(JOINT_CN_OPERATIONS_Q, 1);
        t.add(GOV_APPROVAL_PCT, -1);
        break;
      case AML_EVALUATION:
        t.add(PRIVATE_INVESTMENT_PCT_GDP, -0.3);
        t.add(FDI_USD_BN_Q, -0.05);
        t.add(CPI_SCORE, -1);
        break;
      case AUTOCRATIC_SECURITY_PACT:
        t.add(US_GOV_RELATIONS, -5);
        t.add(SECURITY_POLITICISATION_IDX, 2);
        break;
      case CYBER_ATTACK:
        t.addResource(GOV_FISCAL, -40);
        t.add(GOV_APPROVAL_PCT, -1);
        t.add(PRIVATE_INVESTMENT_PCT_GDP, -0.1);
        t.add(CYBER_READINESS_PCT, 2); // lessons learned
        break;
      case MIGRANT_SURGE:
        t.add(REFUGEES_MIGRANTS_K, 6);
        t.add(MIGRANT_PROTECTION_PCT, -3);
        t.add(TRAFFICKING_VICTIMS_Q, 20);
        break;
      case VISA_FRAUD_RING:
        t.add(VISA_FRAUD_PCT, 1);
        t.addResource(US_CAPITAL, -1);
        t.add(VISA_WAIT_DAYS, 20);
        break;
      case CENSUS_STRIKE:
        t.add(SOCIAL_CONFLICTS_M, 10);
        break;
      case MAS_SPLIT:
        t.add(GOV_APPROVAL_PCT, -3);
        t.addResource(GOV_CAPITAL, -2);
        t.add(POLARISATION_IDX, 0.1);
        t.add(SOCIAL_CONFLICTS_M, 6);
        break;
      case JUDICIAL_ELECTIONS:
        t.add(EIU_DEMOCRACY_SCORE, (v[EIU_DEMOCRACY_SCORE] >= 4.8 ? 0.1 : -0.1));
        t.add(POLITICAL_DETAINEES, (v[EIU_DEMOCRACY_SCORE] >= 4.8 ? -5 : 3));
        break;
      case GENERAL_ELECTION:
        // election verdict
        t.addResource(GOV_CAPITAL,
            (v[GOV_APPROVAL_PCT] >= v[OPPOSITION_SUPPORT_PCT] ? 3 : -3));
        t.addResource(OPPOSITION_MOBILISATION,
            (v[GOV_APPROVAL_PCT] >= v[OPPOSITION_SUPPORT_PCT] ? -1 : 2));
        t.add(POLARISATION_IDX, 0.1);
        break;
      case MSGR_MOVE:
        t.add(SHEM_COMPLIANCE_PCT, (v[SHEM_COMPLIANCE_PCT] >= 70 ? 8 : 3));
        break;
      case IT_OUTAGE:
        t.addResource(US_CAPITAL, -1);
        t.addResource(US_FUNDS, -3);
        t.add(VISA_WAIT_DAYS, 15);
        break;
      case US_CITIZENS_AT_RISK:
        t.addResource(US_FUNDS, -4);
        // hard to coordinate with Bolivian counterparts
        t.addResource(US_CAPITAL,
            (v[US_GOV_RELATIONS] >= 40 ? 0 : -1));
        break;
      case DROUGHT:
        t.add(DISASTER_AFFECTED_K_Q, 150);
        t.add(GDP_GROWTH_PCT, -0.5);
        t.add(OTHER_EXPORTS_USD_BN_Q, -0.1);
        t.add(FOREST_LOSS_KHA_Q, 10);
        t.add(INFLATION_PCT, 1);
        t.add(RENEWABLE_SHARE_PCT, -3);
        t.add(SOCIAL_CONFLICTS_M, 5);
        break;
      case FOREST_FIRES:
        t.add(FOREST_LOSS_KHA_Q, 35 * (1 - v[DISASTER_READINESS_PCT] / 150));
        t.add(DISASTER_AFFECTED_K_Q, 40);
        t.add(GOV_APPROVAL_PCT, -2);
        break;
      case FLOODS:
        t.add(DISASTER_AFFECTED_K_Q, 120 * (1 - v[DISASTER_READINESS_PCT] / 150));
        t.add(GDP_GROWTH_PCT, -0.3);
        t.add(GOV_APPROVAL_PCT, -1);
        t.add(OTHER_EXPORTS_USD_BN_Q, -0.05);
        break;
      case EARTHQUAKE:
        t.add(DISASTER_AFFECTED_K_Q, 250 * (1 - v[DISASTER_READINESS_PCT] / 150));
        t.add(GDP_GROWTH_PCT, -0.5);
        t.addResource(GOV_FISCAL, -100);
        break;
      case COVID_WAVE:
        t.add(COVID_CASES_WK_100K, 150 * (1 - v[VACCINATION_PCT] / 120));
        t.add(GDP_GROWTH_PCT, -0.3);
        t.add(GOV_APPROVAL_PCT, -1);
        break;
      case DENGUE_OUTBREAK:
        t.add(DISASTER_AFFECTED_K_Q, 20);
        t.add(GOV_APPROVAL_PCT, -1);
        t.add(HEALTH_PREPAREDNESS_SCORE, -1);
        break;
      default:
        break; // a dilemma alone
    }
  }

  /** Applies option {@code option} of the dilemma event {@code e} put; none reads a variable. */
  static void answer(int e, int option, HandWrittenBolivia t) {
    switch (e) {
      case CENSUS_STRIKE:
        censusStrike(option, t);
        break;
      case DIALOGUE_INVITATION:
        dialogueInvitation(option, t);
        break;
      case LITHIUM_AWARD:
        lithiumAward(option, t);
        break;
      case MAJORS_LIST_DETERMINATION:
        majorsListDetermination(option, t);
        break;
      default:
        throw new AssertionError(IDS[e] + " puts no dilemma: a bug");
    }
  }

  private static void censusStrike(int option, HandWrittenBolivia t) {
    switch (option) {
      case 0: // concede
        t.add(SOCIAL_CONFLICTS_M, -10);
        t.add(POLARISATION_IDX, -0.1);
        t.add(GOV_APPROVAL_PCT, -2);
        t.add(OPPOSITION_SUPPORT_PCT, 1);
        break;
      case 1: // technical_commission
        t.addResource(GOV_CAPITAL, -2);
        t.add(SOCIAL_CONFLICTS_M, -5);
        break;
      case 2: // hold_firm
        t.add(SOCIAL_CONFLICTS_M, 15);
        t.add(GDP_GROWTH_PCT, -0.5);
        t.add(POLARISATION_IDX, 0.2);
        t.add(PRIVATE_INVESTMENT_PCT_GDP, -0.3);
        break;
      default:
        throw new AssertionError("no option " + option + " of census_strike: a bug");
    }
  }

  private static void dialogueInvitation(int option, HandWrittenBolivia t) {
    switch (option) {
      case 0: // join
        t.add(POLARISATION_IDX, -0.2);
        t.add(SOCIAL_CONFLICTS_M, -10);
        t.add(POLITICAL_DETAINEES, -3);
        t.add(OPPOSITION_SUPPORT_PCT, -1);
        break;
      case 1: // boycott
        t.add(SOCIAL_CONFLICTS_M, 5);
        t.add(OPPOSITION_SUPPORT_PCT, 1);
        break;
      default:
        throw new AssertionError("no option " + option + " of dialogue_invitation: a bug");
    }
  }

  private static void lithiumAward(int option, HandWrittenBolivia t) {
    switch (option) {
      case 0: // consortium
        t.add(LITHIUM_TENDER_PROGRESS_PCT, 15);
        t.add(LITHIUM_RIVAL_SHARE_PCT, 25);
        t.add(AUTOCRATIC_INFLUENCE_IDX, 4);
        t.add(LITHIUM_TRANSPARENCY_PCT, -5);
        break;
      case 1: // open_retender
        t.add(LITHIUM_TRANSPARENCY_PCT, 20);
        t.add(LITHIUM_TENDER_PROGRESS_PCT, -5);
        t.add(FDI_USD_BN_Q, 0.05);
        t.add(US_GOV_RELATIONS, 2);
        break;
      case 2: // split
        t.add(LITHIUM_TENDER_PROGRESS_PCT, 8);
        t.add(LITHIUM_RIVAL_SHARE_PCT, 10);
        t.add(LITHIUM_TRANSPARENCY_PCT, 5);
        break;
      default:
        throw new AssertionError("no option " + option + " of lithium_award: a bug");
    }
  }

  private static void majorsListDetermination(int option, HandWrittenBolivia t) {
    switch (option) {
      case 0: // failed_no_waiver
        t.add(US_GOV_RELATIONS, -8);
        t.add(US_FAVOURABILITY_PCT, -3);
        t.add(GOV_APPROVAL_PCT, 2); // rally against Washington
        t.add(COCA_HA, -500, 1, 1);
        break;
      case 1: // failed_with_waiver
        t.add(US_GOV_RELATIONS, -2);
        break;
      case 2: // recognise_progress
        t.add(US_GOV_RELATIONS, 3);
        t.addResource(US_CAPITAL, -2); // criticism in Congress
        break;
      default:
        throw new AssertionError("no option " + option + " of majors_list_determination: a bug");
    }
  }

  private static Dilemma[] dilemmas() {
    Dilemma[] dilemmas = new Dilemma[COUNT];
    dilemmas[CENSUS_STRIKE] = new Dilemma(GOV, 2, "concede", "technical_commission", "hold_firm");
    dilemmas[DIALOGUE_INVITATION] = new Dilemma(OPPOSITION, 1, "join", "boycott");
    dilemmas[LITHIUM_AWARD] = new Dilemma(GOV, 0, "consortium", "open_retender", "split");
    dilemmas[MAJORS_LIST_DETERMINATION] = new Dilemma(US, 1, "failed_no_waiver",
        "failed_with_waiver", "recognise_progress");
    return dilemmas;
  }

  /** The team a dilemma is put to, the option it takes unanswered, and the options' ids. */
  record Dilemma(int team, int defaultOption, String... options) {
    /** The index of option {@code id}, or -1. */
    int option(String id) {
      for (int o = 0; o < options.length; o++) {
        if (options[o].equals(id)) {
          return o;
        }
      }
      return -1;
    }
  }
}
