package org.liaison.cases.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.cases.SeizureTotal;

/** Adds seizures up by drug type and unit; grams count as thousandths of a kilogram. */
final class SeizureTotals {

    private static final BigDecimal GRAMS_PER_KG = new BigDecimal(1000);

    private SeizureTotals() {
    }

    record Line(DrugType drugType, BigDecimal quantity, QuantityUnit unit) {
    }

    static List<SeizureTotal> of(List<Line> seizures) {
        record Key(DrugType drug, QuantityUnit unit) {
        }
        Map<Key, BigDecimal> sums = new TreeMap<>(Comparator.comparing(Key::drug).thenComparing(Key::unit));
        Map<Key, Integer> counts = new TreeMap<>(Comparator.comparing(Key::drug).thenComparing(Key::unit));
        for (Line s : seizures) {
            boolean grams = s.unit() == QuantityUnit.G;
            Key key = new Key(s.drugType(), totalUnit(s.unit()));
            BigDecimal amount = grams ? s.quantity().divide(GRAMS_PER_KG) : s.quantity();
            sums.merge(key, amount, BigDecimal::add);
            counts.merge(key, 1, Integer::sum);
        }
        List<SeizureTotal> totals = new ArrayList<>();
        sums.forEach((k, sum) -> totals.add(new SeizureTotal(k.drug(), k.unit(), plain(sum), counts.get(k))));
        return totals;
    }

    /** The unit a seizure's quantity is added up in: grams go into kilograms. */
    static QuantityUnit totalUnit(QuantityUnit unit) {
        return unit == QuantityUnit.G ? QuantityUnit.KG : unit;
    }

    /** Without trailing zeros and never in exponent form: 1200.000 is 1200, 1.500 is 1.5. */
    static BigDecimal plain(BigDecimal b) {
        BigDecimal stripped = b.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
