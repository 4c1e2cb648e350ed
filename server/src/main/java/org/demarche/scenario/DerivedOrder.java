package org.demarche.scenario;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Variable;

/**
 * Orders derived variables so each is computed after the derived variables its formula reads,
 * and reports circular definitions. Ties keep the file's order, so the result is deterministic.
 */
final class DerivedOrder {
  private DerivedOrder() {}

  static int[] of(List<Variable> variables, Problems problems) {
    int n = variables.size();
    // 0 = not visited, 1 = on the current path, 2 = done
    int[] mark = new int[n];
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (isDerived(variables, v) && mark[v] == 0) {
        visit(v, variables, mark, order, new ArrayList<>(), problems);
      }
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void visit(int v, List<Variable> variables, int[] mark, List<Integer> order,
      List<Integer> path, Problems problems) {
    mark[v] = 1;
    path.add(v);
    for (int read : variables.get(v).formula().variablesRead()) {
      if (!isDerived(variables, read)) {
        continue;
      }
      if (mark[read] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int i = path.indexOf(read); i < path.size(); i++) {
          cycle.add(variables.get(path.get(i)).id());
        }
        cycle.add(variables.get(read).id());
        problems.error("$.variables[" + v + "].formula", "circular definition: "
            + String.join(" → ", cycle),
            "a derived variable cannot depend on itself; make one of them a stored variable");
      } else if (mark[read] == 0) {
        visit(read, variables, mark, order, path, problems);
      }
    }
    path.remove(path.size() - 1);
    mark[v] = 2;
    order.add(v);
  }

  private static boolean isDerived(List<Variable> variables, int v) {
    return variables.get(v).formula() != null;
  }
}
