package org.demarche.bench.baseline;

import static org.demarche.bench.baseline.BoliviaVariables.*;

import org.demarche.engine.GameRandom;

/**
 * The Bolivia scenario's 70 dynamics, the drift of each quarter, in the scenario's order. It
 * mirrors {@code scenarios/bolivia-2022.json} at version 1.0.0, transcribed with the help of a
 * throwaway script; {@code HandWrittenBoliviaTest} fails when the two drift apart.
 */
final class BoliviaDynamics {
  /** The index of {@code oil_market}, which names its random stream. */
  private static final int OIL_MARKET = 13;
  /** The index of {@code climate_variability}, which names its random stream. */
  private static final int CLIMATE_VARIABILITY = 56;

  private BoliviaDynamics() {}

  /**
   * Adds every dynamic's change to {@code delta}, reading the values {@code v} the turn
   * started with.
   */
  static void apply(double[] v, double[] delta, GameRandom random, int turn) {
    // economy
    delta[RESERVES_USD_BN] += v[GAS_EXPORTS_USD_BN_Q]; // bop_gas_exports
    delta[RESERVES_USD_BN] += v[OTHER_EXPORTS_USD_BN_Q]; // bop_other_exports
    delta[RESERVES_USD_BN] += -v[IMPORTS_USD_BN_Q]; // bop_imports
    delta[RESERVES_USD_BN] += -v[FUEL_IMPORT_BILL_USD_BN_Q]; // bop_fuel_imports
    delta[RESERVES_USD_BN] += 0.33 + v[FDI_USD_BN_Q]; // bop_remittances_fdi
    delta[RESERVES_USD_BN] += -0.33 - 0.05 * (v[CHINA_LOANS_USD_BN] - 1); // bop_debt_service
    // bop_capital_flight
    delta[RESERVES_USD_BN] += -(0.05 + 0.004 * Math.max(0, v[OVERVALUATION_PCT])
        + 0.012 * v[PARALLEL_PREMIUM_PCT] + 0.03 * Math.max(0, v[FISCAL_DEFICIT_PCT_GDP] - 6));
    if (v[RESERVES_USD_BN] < 2) { // bop_emergency_lending
      delta[RESERVES_USD_BN] += 0.2 * (2 - v[RESERVES_USD_BN]);
    }
    delta[GAS_OUTPUT_MM3D] += -0.6 - 0.01 * (v[GAS_OUTPUT_MM3D] - 30); // gas_field_decline
    // gas_export_price
    delta[GAS_EXPORTS_USD_BN_Q] += 0.5
        * (0.0165 * v[GAS_OUTPUT_MM3D] * v[OIL_PRICE_USD] / 100 - v[GAS_EXPORTS_USD_BN_Q]);
    // export_competitiveness
    delta[OTHER_EXPORTS_USD_BN_Q] += 0.3
        * (2.1 + 0.02 * (v[NON_EXTRACTIVE_EXPORT_SHARE_PCT] - 25)
        - 0.01 * (v[OVERVALUATION_PCT] - 30) - 0.003 * Math.max(0, v[SOCIAL_CONFLICTS_M] - 100)
        - v[OTHER_EXPORTS_USD_BN_Q]);
    // import_demand
    delta[IMPORTS_USD_BN_Q] += 0.3
        * (2.3 + 0.012 * (v[OVERVALUATION_PCT] - 30) - 0.015 * v[PARALLEL_PREMIUM_PCT]
        + 0.04 * (v[GDP_GROWTH_PCT] - 4) - v[IMPORTS_USD_BN_Q]);
    // fuel_import_demand
    delta[FUEL_IMPORT_BILL_USD_BN_Q] += 0.5
        * (0.0055 * v[OIL_PRICE_USD] * (1.3 - 0.006 * v[FUEL_PUMP_PRICE_PCT])
        + 0.012 * (42 - v[GAS_OUTPUT_MM3D]) - v[FUEL_IMPORT_BILL_USD_BN_Q]);
    // oil_market
    delta[OIL_PRICE_USD] += 0.2 * (85 - v[OIL_PRICE_USD]) + normal(random, turn, OIL_MARKET, 0, 6);
    // fdi_climate
    delta[FDI_USD_BN_Q] += 0.3
        * (0.15 + 0.04 * (v[PRIVATE_INVESTMENT_PCT_GDP] - 7)
        + 0.002 * (v[LITHIUM_TENDER_PROGRESS_PCT] - 10) - 0.004 * v[PARALLEL_PREMIUM_PCT]
        - v[FDI_USD_BN_Q]);
    // real_appreciation
    delta[OVERVALUATION_PCT] += 0.15
        * (30 + 4 * Math.max(0, 4.5 - v[RESERVES_USD_BN]) + 0.5 * (v[INFLATION_PCT] - 4)
        + 0.3 * (v[FISCAL_DEFICIT_PCT_GDP] - 7) - v[OVERVALUATION_PCT]);
    // parallel_market
    delta[PARALLEL_PREMIUM_PCT] += 0.4
        * (Math.max(0,
        0.7 * (v[OVERVALUATION_PCT] - 33) + 10 * Math.max(0, 3 - v[RESERVES_USD_BN]))
        - v[PARALLEL_PREMIUM_PCT]);
    // price_pressure
    delta[INFLATION_PCT] += 0.3
        * (2.5 + 0.25 * v[PARALLEL_PREMIUM_PCT] + 0.3 * Math.max(0, v[FISCAL_DEFICIT_PCT_GDP] - 6)
        + 0.02 * (v[OIL_PRICE_USD] - 80) - v[INFLATION_PCT]);
    // fiscal_position
    delta[FISCAL_DEFICIT_PCT_GDP] += 0.3
        * (4 + 400 * v[FUEL_SUBSIDY_USD_BN_Q] / v[GDP_USD_BN] + 0.3 * (3 - v[GDP_GROWTH_PCT])
        - 200 * (v[GAS_EXPORTS_USD_BN_Q] - 0.75) / v[GDP_USD_BN] - v[FISCAL_DEFICIT_PCT_GDP]);
    // growth_drivers
    delta[GDP_GROWTH_PCT] += 0.3
        * (2.5 + 0.3 * (v[PRIVATE_INVESTMENT_PCT_GDP] - 7) + 1.0 * (v[GAS_EXPORTS_USD_BN_Q] - 0.6)
        + 0.05 * (v[NON_EXTRACTIVE_EXPORT_SHARE_PCT] - 25) - 0.08 * v[PARALLEL_PREMIUM_PCT]
        - 0.02 * Math.max(0, v[SOCIAL_CONFLICTS_M] - 90)
        - 0.004 * Math.max(0, v[DISASTER_AFFECTED_K_Q] - 50) - v[GDP_GROWTH_PCT]);
    // nominal_gdp
    delta[GDP_USD_BN] += v[GDP_USD_BN] * (v[GDP_GROWTH_PCT] + v[INFLATION_PCT]) / 400;
    // shadow_economy
    delta[INFORMAL_EMPLOYMENT_PCT] += 0.1
        * (61 + 0.25 * v[OVERVALUATION_PCT] + 0.3 * v[CONTRABAND_USD_BN_YR]
        + 0.1 * v[PARALLEL_PREMIUM_PCT] - 0.3 * (v[GDP_GROWTH_PCT] - 3)
        - 0.2 * (v[PRIVATE_INVESTMENT_PCT_GDP] - 7) - v[INFORMAL_EMPLOYMENT_PCT]);
    // poverty_dynamics
    delta[POVERTY_PCT] += 0.15
        * (36.4 + 1.0 * (3 - v[GDP_GROWTH_PCT]) + 0.3 * (v[INFLATION_PCT] - 3)
        + 0.1 * (v[INFORMAL_EMPLOYMENT_PCT] - 70) - v[POVERTY_PCT]);
    // contraband_incentive
    delta[CONTRABAND_USD_BN_YR] += 0.2
        * (1.2 + 0.05 * v[OVERVALUATION_PCT] + 0.3 * (100 - v[FUEL_PUMP_PRICE_PCT]) / 55
        - v[CONTRABAND_USD_BN_YR]);
    // investment_climate
    delta[PRIVATE_INVESTMENT_PCT_GDP] += 0.12
        * (7 - 0.05 * v[PARALLEL_PREMIUM_PCT] - 0.01 * (v[SOCIAL_CONFLICTS_M] - 85)
        - v[PRIVATE_INVESTMENT_PCT_GDP]);
    // diversification_drift
    delta[NON_EXTRACTIVE_EXPORT_SHARE_PCT] += 0.05 * (24 - v[NON_EXTRACTIVE_EXPORT_SHARE_PCT]);
    // us_export_trend
    delta[US_EXPORTS_USD_M] += 0.15
        * (560 + 1.5 * (v[US_GOV_RELATIONS] - 30) + 4 * (v[GDP_GROWTH_PCT] - 3)
        - 3 * v[PARALLEL_PREMIUM_PCT] - v[US_EXPORTS_USD_M]);
    // us_import_trend
    delta[US_IMPORTS_USD_M] += 0.15
        * (500 + 1.0 * (v[US_GOV_RELATIONS] - 30) + 2 * (v[NON_EXTRACTIVE_EXPORT_SHARE_PCT] - 25)
        - v[US_IMPORTS_USD_M]);
    delta[LITHIUM_TENDER_PROGRESS_PCT] += 0.5; // lithium_pilots
    delta[LITHIUM_TRANSPARENCY_PCT] += 0.05 * (25 - v[LITHIUM_TRANSPARENCY_PCT]); // lithium_opacity
    if (v[LITHIUM_TENDER_PROGRESS_PCT] > 40) { // lithium_default_partners
      delta[LITHIUM_RIVAL_SHARE_PCT] += 0.08 * (70 - v[LITHIUM_RIVAL_SHARE_PCT])
          * (1 - v[LITHIUM_TRANSPARENCY_PCT] / 100);
    }
    // stability
    // social_pressure
    delta[SOCIAL_CONFLICTS_M] += 0.3
        * (82 + 1.5 * Math.max(0, v[INFLATION_PCT] - 3) + 0.8 * v[PARALLEL_PREMIUM_PCT]
        + 8 * (v[POLARISATION_IDX] - 3.2) + 0.4 * (v[POVERTY_PCT] - 36.4)
        + 0.1 * (v[POLITICAL_DETAINEES] - 40) + 0.02 * Math.max(0, v[DISASTER_AFFECTED_K_Q] - 50)
        - v[SOCIAL_CONFLICTS_M]);
    // public_mood
    delta[GOV_APPROVAL_PCT] += 0.15
        * (47 - 0.8 * Math.max(0, v[INFLATION_PCT] - 3) - 0.4 * v[PARALLEL_PREMIUM_PCT]
        - 0.15 * (v[SOCIAL_CONFLICTS_M] - 85) + 0.5 * (v[GDP_GROWTH_PCT] - 3)
        - 0.3 * (v[POVERTY_PCT] - 36.4) - v[GOV_APPROVAL_PCT]);
    // opposition_pull
    delta[OPPOSITION_SUPPORT_PCT] += 0.1
        * (43 + 0.5 * (45 - v[GOV_APPROVAL_PCT]) - 0.05 * (v[POLITICAL_DETAINEES] - 40)
        - v[OPPOSITION_SUPPORT_PCT]);
    // camps_of_2019
    delta[POLARISATION_IDX] += 0.1
        * (3.0 + 0.01 * (v[POLITICAL_DETAINEES] - 40) + 0.005 * (v[SOCIAL_CONFLICTS_M] - 85)
        - v[POLARISATION_IDX]);
    // democratic_erosion
    delta[EIU_DEMOCRACY_SCORE] += 0.1
        * (4.7 + 0.02 * (v[PRESS_FREEDOM_SCORE] - 57) - 0.01 * (v[POLITICAL_DETAINEES] - 40)
        + 0.01 * (v[CPI_SCORE] - 30) - 0.2 * (v[POLARISATION_IDX] - 3.2) - v[EIU_DEMOCRACY_SCORE]);
    // judicial_pressure
    delta[POLITICAL_DETAINEES] += 1.5 + 0.1 * Math.max(0, 45 - v[GOV_APPROVAL_PCT])
        + 0.1 * Math.max(0, v[SECURITY_POLITICISATION_IDX] - 60) - 0.04 * v[POLITICAL_DETAINEES];
    // media_climate
    delta[PRESS_FREEDOM_SCORE] += 0.1
        * (57 - 0.1 * (v[POLITICAL_DETAINEES] - 40) - 0.1 * (v[SECURITY_POLITICISATION_IDX] - 65)
        - v[PRESS_FREEDOM_SCORE]);
    // corruption_inertia
    delta[CPI_SCORE] += 0.05 * (30 - 0.1 * (v[CONTRABAND_USD_BN_YR] - 3) - v[CPI_SCORE]);
    delta[RIGHTS_PROTECTION_PCT] += 0.05 * (18 - v[RIGHTS_PROTECTION_PCT]); // investigation_fatigue
    // consultation_drift
    delta[INDIGENOUS_CONSULTATION_PCT] += 0.05 * (28 - v[INDIGENOUS_CONSULTATION_PCT]);
    // security
    // gender_violence
    delta[FEMICIDES_Q] += 0.2
        * (27 + 0.3 * (v[POVERTY_PCT] - 36.4) - 0.2 * (v[RIGHTS_PROTECTION_PCT] - 20)
        + 0.02 * (v[SOCIAL_CONFLICTS_M] - 85) - v[FEMICIDES_Q]);
    // loyalty_politics
    delta[SECURITY_POLITICISATION_IDX] += 0.05
        * (65 + 0.3 * Math.max(0, 45 - v[GOV_APPROVAL_PCT])
        + 0.1 * (v[AUTOCRATIC_INFLUENCE_IDX] - 40) - v[SECURITY_POLITICISATION_IDX]);
    // coca_economy
    delta[COCA_HA] += 0.1
        * (31000 + 150 * v[PARALLEL_PREMIUM_PCT] + 150 * (v[INFORMAL_EMPLOYMENT_PCT] - 70)
        + 100 * (v[POVERTY_PCT] - 36.4) - v[COCA_HA]);
    // interdiction_capacity
    delta[INTERDICTION_PCT] += 0.15
        * (8 - 0.05 * (v[SECURITY_POLITICISATION_IDX] - 65) + 1.0 * v[JOINT_CN_OPERATIONS_Q]
        - v[INTERDICTION_PCT]);
    delta[JOINT_CN_OPERATIONS_Q] += 0.25 * (1.5 - v[JOINT_CN_OPERATIONS_Q]); // operations_wind_down
    // violence_drivers
    delta[HOMICIDE_RATE] += 0.1
        * (5.5 + 0.02 * v[COCAINE_POTENTIAL_T_Q] * (1 - v[INTERDICTION_PCT] / 100)
        + 0.02 * (v[SOCIAL_CONFLICTS_M] - 85) + 0.05 * (v[POVERTY_PCT] - 36.4) - v[HOMICIDE_RATE]);
    // illicit_finance
    delta[MONEY_LAUNDERING_USD_BN_YR] += 0.1
        * (0.3 + 0.018 * v[COCAINE_POTENTIAL_T_Q] + 0.1 * (v[CONTRABAND_USD_BN_YR] - 3)
        - v[MONEY_LAUNDERING_USD_BN_YR]);
    // trafficking_persons
    delta[TRAFFICKING_VICTIMS_Q] += 0.1
        * (100 + 1.0 * (v[REFUGEES_MIGRANTS_K] - 14) + 2 * (v[POVERTY_PCT] - 36.4)
        - v[TRAFFICKING_VICTIMS_Q]);
    // visa_fraud_pull
    delta[VISA_FRAUD_PCT] += 0.1
        * (3.5 + 0.1 * (v[POVERTY_PCT] - 36.4) + 0.05 * v[PARALLEL_PREMIUM_PCT]
        - v[VISA_FRAUD_PCT]);
    // diplomacy
    // consular_backlog
    delta[VISA_WAIT_DAYS] += 0.1 * (200 - v[VISA_WAIT_DAYS]) + 0.5 * (v[VISA_FRAUD_PCT] - 3);
    // security
    delta[CYBER_READINESS_PCT] += 0.03 * (12 - v[CYBER_READINESS_PCT]); // cyber_erosion
    // stability
    // migrant_inflow
    delta[REFUGEES_MIGRANTS_K] += 0.8 - 0.02 * v[REFUGEES_MIGRANTS_K]
        + 0.02 * Math.max(0, 40 - v[MIGRANT_PROTECTION_PCT]);
    // status_backlog
    delta[MIGRANT_PROTECTION_PCT] += 0.05 * (38 - v[MIGRANT_PROTECTION_PCT])
        - 0.1 * Math.max(0, v[REFUGEES_MIGRANTS_K] - 14);
    // environment
    // deforestation_drivers
    delta[FOREST_LOSS_KHA_Q] += 0.4
        * (35 + 0.1 * v[MERCURY_IMPORTS_T_YR] + 0.4 * Math.max(0, -v[RAINFALL_ANOMALY_PCT])
        + 0.2 * (v[INFORMAL_EMPLOYMENT_PCT] - 70) - 0.1 * (v[INDIGENOUS_CONSULTATION_PCT] - 30)
        - v[FOREST_LOSS_KHA_Q]);
    // gold_rush
    delta[MERCURY_IMPORTS_T_YR] += 0.1
        * (175 + 1.0 * v[PARALLEL_PREMIUM_PCT] + 2 * (v[INFORMAL_EMPLOYMENT_PCT] - 70)
        - v[MERCURY_IMPORTS_T_YR]);
    // climate_variability
    delta[RAINFALL_ANOMALY_PCT] += -0.5 * v[RAINFALL_ANOMALY_PCT] - 2
        + normal(random, turn, CLIMATE_VARIABILITY, 0, 12);
    delta[DISASTER_READINESS_PCT] += 0.04 * (20 - v[DISASTER_READINESS_PCT]); // readiness_decay
    delta[DISASTER_AFFECTED_K_Q] += -0.8 * v[DISASTER_AFFECTED_K_Q]; // emergency_passes
    delta[RENEWABLE_SHARE_PCT] += 0.02 * (36 - v[RENEWABLE_SHARE_PCT]); // energy_transition
    // health
    delta[VACCINATION_PCT] += 0.03 * (70 - v[VACCINATION_PCT]); // vaccine_uptake
    // health_system_strain
    delta[HEALTH_PREPAREDNESS_SCORE] += 0.03 * (28 - v[HEALTH_PREPAREDNESS_SCORE]);
    delta[COVID_CASES_WK_100K] += 2 - 0.5 * v[COVID_CASES_WK_100K]; // epidemic_curve
    // diplomacy
    // relations_drift
    delta[US_GOV_RELATIONS] += 0.08
        * (28 + 0.3 * (v[US_FAVOURABILITY_PCT] - 45) - 0.15 * (v[AUTOCRATIC_INFLUENCE_IDX] - 40)
        + 15 * v[AMBASSADORS_EXCHANGED] - v[US_GOV_RELATIONS]);
    // opinion_drift
    delta[US_FAVOURABILITY_PCT] += 0.1
        * (44 - 0.1 * (v[AUTOCRATIC_INFLUENCE_IDX] - 40) - v[US_FAVOURABILITY_PCT]);
    // autocratic_pull
    delta[AUTOCRATIC_INFLUENCE_IDX] += 0.12
        * (40 + 5 * Math.max(0, 3.5 - v[RESERVES_USD_BN]) + 0.15 * v[LITHIUM_RIVAL_SHARE_PCT]
        + 1.5 * (v[CHINA_LOANS_USD_BN] - 1) - 0.1 * (v[US_GOV_RELATIONS] - 30)
        - v[AUTOCRATIC_INFLUENCE_IDX]);
    delta[CHINA_LOANS_USD_BN] += -0.03 * v[CHINA_LOANS_USD_BN]; // china_amortisation
    // management
    delta[SHEM_COMPLIANCE_PCT] += 0.05 * (75 - v[SHEM_COMPLIANCE_PCT]); // facility_wear
    delta[DEIA_WORKFORCE_PCT] += 0.03 * (35 - v[DEIA_WORKFORCE_PCT]); // deia_drift
    delta[IT_CAPACITY_PCT] += -0.5; // it_ageing
  }

  /** {@code normal(mean, sd)} as the engine draws it: Box-Muller, both draws used. */
  private static double normal(
      GameRandom random, int turn, int dynamic, double mean, double sd) {
    random.use(turn, GameRandom.Purpose.DYNAMIC, dynamic, 0);
    double radius = Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble()));
    return mean + sd * radius * Math.cos(2.0 * Math.PI * random.nextDouble());
  }
}
