package org.demarche.bench.baseline;

/**
 * The Bolivia scenario's variables: their indices, initial values and ranges, and the derived ones'
 * formulas. It mirrors {@code scenarios/bolivia-2022.json} at version 1.0.0, transcribed with the
 * help of a throwaway script; {@code HandWrittenBoliviaTest} fails when the two drift apart.
 */
final class BoliviaVariables {
  private static final double NO_MIN = Double.NEGATIVE_INFINITY;
  private static final double NO_MAX = Double.POSITIVE_INFINITY;

  // economy
  static final int RESERVES_USD_BN = 0;
  static final int GAS_OUTPUT_MM3D = 1;
  static final int GAS_EXPORTS_USD_BN_Q = 2;
  static final int OTHER_EXPORTS_USD_BN_Q = 3;
  static final int IMPORTS_USD_BN_Q = 4;
  static final int FUEL_IMPORT_BILL_USD_BN_Q = 5;
  static final int FDI_USD_BN_Q = 6;
  static final int OIL_PRICE_USD = 7;
  static final int FUEL_PUMP_PRICE_PCT = 8;
  static final int FUEL_SUBSIDY_USD_BN_Q = 9;
  static final int RESERVE_COVER_MONTHS = 10;
  static final int OVERVALUATION_PCT = 11;
  static final int PARALLEL_PREMIUM_PCT = 12;
  static final int INFLATION_PCT = 13;
  static final int FISCAL_DEFICIT_PCT_GDP = 14;
  static final int GDP_GROWTH_PCT = 15;
  static final int GDP_USD_BN = 16;
  static final int INFORMAL_EMPLOYMENT_PCT = 17;
  static final int POVERTY_PCT = 18;
  static final int CONTRABAND_USD_BN_YR = 19;
  static final int PRIVATE_INVESTMENT_PCT_GDP = 20;
  static final int NON_EXTRACTIVE_EXPORT_SHARE_PCT = 21;
  static final int US_EXPORTS_USD_M = 22;
  static final int US_IMPORTS_USD_M = 23;
  static final int LITHIUM_TENDER_PROGRESS_PCT = 24;
  static final int LITHIUM_TRANSPARENCY_PCT = 25;
  static final int LITHIUM_RIVAL_SHARE_PCT = 26;
  // stability
  static final int GOV_APPROVAL_PCT = 27;
  static final int OPPOSITION_SUPPORT_PCT = 28;
  static final int SOCIAL_CONFLICTS_M = 29;
  static final int POLARISATION_IDX = 30;
  static final int EIU_DEMOCRACY_SCORE = 31;
  static final int POLITICAL_DETAINEES = 32;
  static final int PRESS_FREEDOM_SCORE = 33;
  static final int CPI_SCORE = 34;
  static final int RIGHTS_PROTECTION_PCT = 35;
  static final int INDIGENOUS_CONSULTATION_PCT = 36;
  // security
  static final int FEMICIDES_Q = 37;
  static final int SECURITY_POLITICISATION_IDX = 38;
  static final int COCA_HA = 39;
  static final int COCAINE_POTENTIAL_T_Q = 40;
  static final int INTERDICTION_PCT = 41;
  static final int JOINT_CN_OPERATIONS_Q = 42;
  static final int HOMICIDE_RATE = 43;
  static final int MONEY_LAUNDERING_USD_BN_YR = 44;
  static final int TRAFFICKING_VICTIMS_Q = 45;
  static final int VISA_FRAUD_PCT = 46;
  // diplomacy
  static final int VISA_WAIT_DAYS = 47;
  // security
  static final int CYBER_READINESS_PCT = 48;
  // stability
  static final int REFUGEES_MIGRANTS_K = 49;
  static final int MIGRANT_PROTECTION_PCT = 50;
  // environment
  static final int FOREST_LOSS_KHA_Q = 51;
  static final int MERCURY_IMPORTS_T_YR = 52;
  static final int RAINFALL_ANOMALY_PCT = 53;
  static final int DISASTER_READINESS_PCT = 54;
  static final int DISASTER_AFFECTED_K_Q = 55;
  static final int RENEWABLE_SHARE_PCT = 56;
  static final int GHG_MT_YR = 57;
  // health
  static final int VACCINATION_PCT = 58;
  static final int HEALTH_PREPAREDNESS_SCORE = 59;
  static final int COVID_CASES_WK_100K = 60;
  // diplomacy
  static final int US_GOV_RELATIONS = 61;
  static final int AMBASSADORS_EXCHANGED = 62;
  static final int US_FAVOURABILITY_PCT = 63;
  static final int AUTOCRATIC_INFLUENCE_IDX = 64;
  static final int CHINA_LOANS_USD_BN = 65;
  // management
  static final int SHEM_COMPLIANCE_PCT = 66;
  static final int DEIA_WORKFORCE_PCT = 67;
  static final int IT_CAPACITY_PCT = 68;
  static final int COUNT = 69;

  /** Stored variables' values before turn 1; derived ones are computed. */
  static final double[] INITIAL = {
    4.5, 42, 0.75, 2.1, 2.3, 0.6, 0.15, 110, 45, 0, 0, 30, 0, 1.0, 8.5, 4.0, 40, 70, 36.4, 3.0, 7,
    25, 580, 522, 10, 30, 0, 45, 43, 85, 3.2, 4.65, 40, 57, 30, 20, 30, 27, 65, 30500, 0, 10, 2,
    6.3, 1.0, 110, 4, 180, 15, 14, 40, 70, 180, -10, 25, 20, 35, 0, 50, 31, 10, 30, 0, 45, 40, 1.0,
    80, 40, 15,
  };
  /** The lowest value of each variable; derived ones are unbounded. */
  static final double[] MIN = {
    0, 15, 0, 0.5, 0.8, 0.1, -0.3, 40, 20, NO_MIN, NO_MIN, -10, 0, -3, -2, -10, 20, 40, 15, 0.5, 2,
    5, 200, 150, 0, 0, 0, 5, 10, 20, 0, 0, 0, 10, 5, 0, 0, 0, 0, 5000, NO_MIN, 0, 0, 1, 0, 0, 0, 5,
    0, 0, 0, 0, 0, -60, 0, 0, 5, NO_MIN, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0,
  };
  /** The highest value of each variable; derived ones are unbounded. */
  static final double[] MAX = {
    20, 60, 3, 5, 5, 2.5, 1.5, 160, 120, NO_MAX, NO_MAX, 70, 150, 80, 20, 10, 80, 95, 60, 8, 18, 70,
    1500, 1500, 100, 100, 100, 90, 80, 250, 4, 10, 300, 100, 80, 100, 100, 80, 100, 60000, NO_MAX,
    60, 20, 40, 6, 500, 20, 500, 100, 120, 100, 400, 400, 60, 100, 2000, 100, NO_MAX, 100, 100, 500,
    100, 1, 95, 100, 8, 100, 100, 100,
  };

  private BoliviaVariables() {}

  /** Recomputes the derived variables of {@code v} from its stored ones. */
  static void derive(double[] v) {
    v[FUEL_SUBSIDY_USD_BN_Q] = v[FUEL_IMPORT_BILL_USD_BN_Q]
        * (100 - Math.min(v[FUEL_PUMP_PRICE_PCT], 100)) / 100;
    v[RESERVE_COVER_MONTHS] = v[RESERVES_USD_BN]
        / ((v[IMPORTS_USD_BN_Q] + v[FUEL_IMPORT_BILL_USD_BN_Q]) / 3);
    v[COCAINE_POTENTIAL_T_Q] = Math.max(0, v[COCA_HA] - 14000) * 0.0025;
    v[GHG_MT_YR] = 50 + 1.2 * v[FOREST_LOSS_KHA_Q] - 0.2 * (v[RENEWABLE_SHARE_PCT] - 35);
  }

  /** The scenario language's {@code clamp(x, lo, hi)}, as the engine computes it. */
  static double clamp(double x, double lo, double hi) {
    return Math.min(Math.max(x, lo), hi);
  }
}
