package org.demarche.bench.baseline;

import static org.demarche.bench.baseline.BoliviaVariables.*;

/**
 * The Bolivia scenario's four teams: their action slots, resources and incomes, and the objectives
 * they are scored on. It mirrors {@code scenarios/bolivia-2022.json} at version 1.0.0, transcribed
 * with the help of a throwaway script; {@code HandWrittenBoliviaTest} fails when the two drift
 * apart.
 */
final class BoliviaTeams {
  static final int US = 0;
  static final int GOV = 1;
  static final int OPPOSITION = 2;
  static final int RIVALS = 3;
  static final int COUNT = 4;
  /** The teams' ids, by index, for reading orders. */
  static final String[] IDS = {"us", "gov", "opposition", "rivals"};

  // Resource slots: each team has two, the first of team t at 2 * t.
  static final int US_CAPITAL = 0;
  static final int US_FUNDS = 1;
  static final int GOV_CAPITAL = 2;
  static final int GOV_FISCAL = 3;
  static final int OPPOSITION_MOBILISATION = 4;
  static final int OPPOSITION_CREDIBILITY = 5;
  static final int RIVALS_INFLUENCE = 6;
  static final int RIVALS_CREDIT = 7;
  static final int RESOURCES = 8;

  /** How many actions each team may order per turn. */
  static final int[] SLOTS = {3, 3, 3, 2};
  /** Each resource slot's amount before turn 1. */
  static final double[] INITIAL_RESOURCES = {6, 40, 6, 400, 4, 4, 5, 1};
  /** Each resource slot's ceiling; none falls below 0. */
  private static final double[] MAX_RESOURCES = {15, 120, 15, 1500, 12, 12, 15, 4};

  /** Each team's objectives, weighted, each scored from its indicators. */
  private static final Objective[][] OBJECTIVES = {
    { // us
      new Objective(1.5, // mo_1_1
          new Indicator(EIU_DEMOCRACY_SCORE, 4.0, 5.5, 1),
          new Indicator(POLITICAL_DETAINEES, 80, 10, 1),
          new Indicator(CPI_SCORE, 25, 40, 1),
          new Indicator(AUTOCRATIC_INFLUENCE_IDX, 70, 25, 1)),
      new Objective(1.5, // mo_1_2
          new Indicator(RIGHTS_PROTECTION_PCT, 10, 45, 1),
          new Indicator(FEMICIDES_Q, 40, 15, 1),
          new Indicator(PRESS_FREEDOM_SCORE, 45, 70, 1),
          new Indicator(MIGRANT_PROTECTION_PCT, 25, 70, 1)),
      new Objective(1, // mo_2_1
          new Indicator(PRIVATE_INVESTMENT_PCT_GDP, 5, 11, 1),
          new Indicator(NON_EXTRACTIVE_EXPORT_SHARE_PCT, 20, 40, 1),
          new Indicator(INFORMAL_EMPLOYMENT_PCT, 80, 60, 1),
          new Indicator(OVERVALUATION_PCT, 45, 5, 1)),
      new Objective(1, // mo_2_2
          new Indicator(US_EXPORTS_USD_M, 450, 800, 1),
          new Indicator(US_IMPORTS_USD_M, 400, 700, 1),
          new Indicator(LITHIUM_TRANSPARENCY_PCT, 10, 80, 1),
          new Indicator(VISA_WAIT_DAYS, 300, 30, 0.5)),
      new Objective(1.5, // mo_3_1
          new Indicator(JOINT_CN_OPERATIONS_Q, 0, 8, 1),
          new Indicator(US_GOV_RELATIONS, 15, 60, 1),
          new Indicator(COCAINE_POTENTIAL_T_Q, 55, 20, 1),
          new Indicator(MONEY_LAUNDERING_USD_BN_YR, 1.5, 0.4, 1),
          new Indicator(VISA_FRAUD_PCT, 7, 1, 1),
          new Indicator(CYBER_READINESS_PCT, 5, 50, 0.5)),
      new Objective(1, // mo_3_2
          new Indicator(SECURITY_POLITICISATION_IDX, 85, 35, 1),
          new Indicator(HOMICIDE_RATE, 9, 5, 1)),
      new Objective(1, // mo_4_1
          new Indicator(DISASTER_READINESS_PCT, 10, 70, 1),
          new Indicator(DISASTER_AFFECTED_K_Q, 300, 0, 0.5)),
      new Objective(1, // mo_4_2
          new Indicator(VACCINATION_PCT, 40, 80, 1),
          new Indicator(HEALTH_PREPAREDNESS_SCORE, 25, 50, 1)),
      new Objective(1, // mo_4_3
          new Indicator(GHG_MT_YR, 170, 90, 1),
          new Indicator(RENEWABLE_SHARE_PCT, 30, 55, 1)),
      new Objective(0.5, // mgt_1_1
          new Indicator(SHEM_COMPLIANCE_PCT, 60, 100, 1),
          new Indicator(DEIA_WORKFORCE_PCT, 20, 90, 1)),
      new Objective(0.5, // mgt_1_2
          new Indicator(IT_CAPACITY_PCT, 0, 100, 1)),
    },
    { // gov
      new Objective(2, // macro
          new Indicator(RESERVES_USD_BN, 1, 6, 1),
          new Indicator(PARALLEL_PREMIUM_PCT, 25, 0, 1),
          new Indicator(INFLATION_PCT, 10, 3, 1)),
      new Objective(1.5, // growth
          new Indicator(GDP_GROWTH_PCT, 0, 5, 1),
          new Indicator(POVERTY_PCT, 42, 30, 1),
          new Indicator(FDI_USD_BN_Q, 0, 0.5, 0.5)),
      new Objective(1.5, // majority
          new Indicator(GOV_APPROVAL_PCT, 30, 60, 1)),
      new Objective(1, // lithium
          new Indicator(LITHIUM_TENDER_PROGRESS_PCT, 0, 80, 1)),
      new Objective(1, // coca_sovereignty
          new Indicator(COCA_HA, 36000, 22000, 1),
          new Indicator(INTERDICTION_PCT, 5, 25, 1)),
    },
    { // opposition
      new Objective(2, // democratic_space
          new Indicator(POLITICAL_DETAINEES, 80, 10, 1),
          new Indicator(PRESS_FREEDOM_SCORE, 45, 70, 1),
          new Indicator(EIU_DEMOCRACY_SCORE, 4.0, 5.5, 1)),
      new Objective(1, // elections
          new Indicator(OPPOSITION_SUPPORT_PCT, 35, 55, 1)),
      new Objective(1, // regional_economy
          new Indicator(PRIVATE_INVESTMENT_PCT_GDP, 5, 11, 1),
          new Indicator(PARALLEL_PREMIUM_PCT, 25, 0, 1),
          new Indicator(INFORMAL_EMPLOYMENT_PCT, 80, 60, 1)),
      new Objective(1, // lowlands
          new Indicator(FOREST_LOSS_KHA_Q, 110, 40, 1),
          new Indicator(INDIGENOUS_CONSULTATION_PCT, 20, 60, 1)),
      new Objective(1, // rights
          new Indicator(FEMICIDES_Q, 40, 15, 1),
          new Indicator(RIGHTS_PROTECTION_PCT, 10, 45, 1)),
    },
    { // rivals
      new Objective(2, // influence
          new Indicator(AUTOCRATIC_INFLUENCE_IDX, 35, 85, 1)),
      new Objective(1, // lithium
          new Indicator(LITHIUM_RIVAL_SHARE_PCT, 0, 70, 1)),
      new Objective(1, // loan_book
          new Indicator(CHINA_LOANS_USD_BN, 0.8, 4, 1)),
      new Objective(1, // us_out
          new Indicator(US_GOV_RELATIONS, 45, 5, 1)),
    },
  };

  private BoliviaTeams() {}

  /** Adds each resource's income, computed on the final values {@code v}, then bounds it. */
  static void addIncome(double[] v, double[] r) {
    r[US_CAPITAL] = bounded(US_CAPITAL,
        r[US_CAPITAL]
        + clamp(1 + v[US_GOV_RELATIONS] / 25 + (v[US_FAVOURABILITY_PCT] - 40) / 20
        - 0.08 * r[US_CAPITAL], 0.5, 4));
    r[US_FUNDS] = bounded(US_FUNDS, r[US_FUNDS] + (12 + 0.04 * v[IT_CAPACITY_PCT]));
    r[GOV_CAPITAL] = bounded(GOV_CAPITAL,
        r[GOV_CAPITAL] + clamp(v[GOV_APPROVAL_PCT] / 15 - 0.08 * r[GOV_CAPITAL], 0.5, 4));
    r[GOV_FISCAL] = bounded(GOV_FISCAL,
        r[GOV_FISCAL]
        + clamp(180 - 15 * (v[FISCAL_DEFICIT_PCT_GDP] - 7) + 300 * (v[GAS_EXPORTS_USD_BN_Q] - 0.75)
        - 0.05 * r[GOV_FISCAL], 20, 400));
    r[OPPOSITION_MOBILISATION] = bounded(OPPOSITION_MOBILISATION,
        r[OPPOSITION_MOBILISATION]
        + clamp(0.5 + v[SOCIAL_CONFLICTS_M] / 60 + (v[OPPOSITION_SUPPORT_PCT] - 40) / 20
        - 0.1 * r[OPPOSITION_MOBILISATION], 0, 4));
    r[OPPOSITION_CREDIBILITY] = bounded(OPPOSITION_CREDIBILITY,
        r[OPPOSITION_CREDIBILITY]
        + clamp(0.5 + v[PRESS_FREEDOM_SCORE] / 40 - 0.1 * r[OPPOSITION_CREDIBILITY], 0, 3));
    r[RIVALS_INFLUENCE] = bounded(RIVALS_INFLUENCE,
        r[RIVALS_INFLUENCE]
        + clamp(0.3 + v[AUTOCRATIC_INFLUENCE_IDX] / 40 - 0.1 * r[RIVALS_INFLUENCE], 0, 3));
    r[RIVALS_CREDIT] = bounded(RIVALS_CREDIT, r[RIVALS_CREDIT] + 0.15);
  }

  private static double bounded(int resource, double amount) {
    return Math.max(0, Math.min(MAX_RESOURCES[resource], amount));
  }

  /** Each team's score, 0 to 100: its objectives' weighted mean. */
  static void score(double[] v, double[] scores) {
    for (int t = 0; t < COUNT; t++) {
      double total = 0;
      double weights = 0;
      for (Objective objective : OBJECTIVES[t]) {
        total += objective.weight() * objective.score(v);
        weights += objective.weight();
      }
      scores[t] = total / weights;
    }
  }

  /** A weighted objective, scored 0 to 100 as its indicators' weighted mean. */
  private record Objective(double weight, Indicator... indicators) {
    double score(double[] v) {
      double sum = 0;
      double weights = 0;
      for (Indicator indicator : indicators) {
        sum += indicator.weight() * indicator.score(v[indicator.variable()]);
        weights += indicator.weight();
      }
      return sum / weights;
    }
  }

  /** A variable scoring 0 at {@code baseline} and 100 at {@code target}, linearly between. */
  private record Indicator(int variable, double baseline, double target, double weight) {
    double score(double value) {
      return 100 * Math.max(0, Math.min(1, (value - baseline) / (target - baseline)));
    }
  }
}
