package highlight

import "strings"

// unitAt reads a unit starting at token j, right after a number: "%",
// "per cent", "°C", a word unit ("kilometres", "years", "dollars") or a
// symbol expression ("km", "mg/kg", "m s−1"). It returns the index after
// the unit and its normalised name.
func (s *figScanner) unitAt(j int) (int, string, bool) {
	if !s.near(j) {
		return 0, "", false
	}
	if end, unit, ok := s.markUnit(j); ok {
		return end, unit, true
	}
	if unit, ok := figGluedUnits[s.tok(j)]; ok && s.glued(j) && s.endsPhrase(j+1) {
		return j + 1, unit, true
	}
	if s.kindAt(j) != ftWord {
		return 0, "", false
	}
	if end, ok := s.symbolUnit(j); ok {
		return end, s.unitName(j, end), true
	}
	w := string(s.lower(j))
	if w == "per" && s.is(j+1, "cent") && s.near(j+1) {
		return j + 2, "percent", true
	}
	if w == "percentage" && (s.is(j+1, "points") || s.is(j+1, "point")) {
		return j + 2, "percentage points", true
	}
	if unit, ok := figUnitWords[w]; ok {
		return j + 1, unit, true
	}
	return 0, "", false
}

// markUnit reads "%", "‰", "°", "°C", "℃" and "′" at token j.
func (s *figScanner) markUnit(j int) (int, string, bool) {
	switch s.tok(j) {
	case "%":
		return j + 1, "percent", true
	case "‰":
		return j + 1, "permille", true
	case "℃":
		return j + 1, "°C", true
	case "℉":
		return j + 1, "°F", true
	case "°", "º":
		if t := s.tok(j + 1); (t == "C" || t == "F") && s.near(j+1) {
			return j + 2, "°" + t, true
		}
		return j + 1, "degrees", true
	case "′", "″":
		return j + 1, "arc", true
	}
	return 0, "", false
}

// symbolUnit reads a unit expression of symbols: atoms with exponents
// joined by "/", "·", "per" or a space ("mg/kg", "m s−1", "Mg ha−1
// year−1"). It returns the index after it.
func (s *figScanner) symbolUnit(j int) (int, bool) {
	end, ok := s.unitAtom(j)
	if !ok {
		return 0, false
	}
	for {
		next, more := s.unitJoin(end)
		if !more {
			return end, true
		}
		end = next
	}
}

// unitAtom reads one unit symbol and its exponent at token j.
func (s *figScanner) unitAtom(j int) (int, bool) {
	if _, ok := figUnitAtoms[s.tok(j)]; !ok {
		return 0, false
	}
	if _, end, ok := s.power(j + 1); ok {
		return end, true
	}
	return j + 1, true
}

// unitJoin reads a further atom after the unit ending at token j.
func (s *figScanner) unitJoin(j int) (int, bool) {
	if !s.near(j) {
		return 0, false
	}
	switch t := s.tok(j); {
	case t == "/" || t == "·" || t == "⋅" || t == "per":
		if !s.near(j + 1) {
			return 0, false
		}
		if end, ok := s.unitAtom(j + 1); ok {
			return end, true
		}
		if _, ok := figUnitWords[string(s.lower(j+1))]; ok && t == "per" {
			return j + 2, true
		}
	case s.toks[j].gap == gapSpace:
		// "m s−1": a spaced atom must carry a negative exponent.
		if _, ok := figUnitAtoms[t]; ok {
			if e, end, ok := s.power(j + 1); ok && e < 0 {
				return end, true
			}
		}
	}
	return 0, false
}

// unitName normalises the unit expression in tokens [j, end).
func (s *figScanner) unitName(j, end int) string {
	if end == j+1 {
		return figUnitAtoms[s.tok(j)]
	}
	return strings.Join(strings.Fields(s.text[s.toks[j].start:s.toks[end-1].end]), " ")
}

// endsPhrase reports whether token k closes a phrase: it is not glued on
// and is no content word. It tells "highs of 14C on Friday" from the
// isotope in "14C dates" and "13C/12C".
func (s *figScanner) endsPhrase(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	if s.glued(k) && (s.kindAt(k) != ftSym || s.is(k, "/") || s.is(k, "]")) {
		return false
	}
	return !s.isLowerWord(k) || figStopWords[string(s.lower(k))]
}

// figGluedUnits are units only when glued to the number: "45C", "0.5pc".
var figGluedUnits = map[string]string{"C": "°C", "F": "°F", "pc": "percent"}

// figUnitAtoms maps case-sensitive unit symbols to their normal names.
var figUnitAtoms = buildUnitAtoms()

func buildUnitAtoms() map[string]string {
	m := map[string]string{}
	prefixes := []string{"", "k", "M", "G", "T", "m", "μ", "µ", "u", "n", "p", "c", "d", "h"}
	bases := []string{"m", "g", "s", "L", "l", "mol", "Hz", "Pa", "J", "W", "V", "eV", "Wh", "bar", "Gy", "Sv", "Bq", "A", "K", "Ω", "M", "Da", "b", "bp", "t", "B", "N", "T", "F"}
	for _, b := range bases {
		for _, p := range prefixes {
			m[p+b] = p + b
		}
	}
	for _, risky := range []string{"A", "N", "T", "F", "B", "b", "M", "t", "pm", "cm", "hm", "ds", "hs", "us", "ul", "um", "uA", "hA"} {
		delete(m, risky) // ambiguous alone ("5 A", "3 pm", "1 B")
	}
	m["M"] = "M"
	m["t"] = "t"
	m["cm"] = "cm"
	m["um"], m["ul"] = "μm", "μl"
	for _, u := range []string{"min", "h", "hr", "hrs", "yr", "yrs", "d", "wk", "ppm", "ppb", "ppt", "ppmv", "dB", "dBA", "rpm", "mph", "kph", "kmh", "atm", "mmHg", "cal", "kcal", "ha", "ft", "mi", "lb", "lbs", "oz", "kt", "kn", "AU", "au", "kpc", "Mpc", "ly", "Rp", "RJ", "RE", "Re", "MJ", "ME", "psi", "gal", "bbl", "px", "dpi", "fps", "Gbps", "Mbps", "kbps", "KB", "MB", "GB", "TB", "wt", "vol", "Myr", "Gyr", "kyr", "ka", "Ma", "Ga", "mEq", "IU", "PFU", "CFU", "rad", "sr", "lx", "lm", "cd", "kDa", "mM", "μM", "nM", "pM", "Torr", "mbar", "hPa", "kPa", "MPa", "GPa", "Ω", "kΩ", "MΩ", "K", "mK", "μK", "nK", "GW", "MW", "kW", "TW", "GWh", "MWh", "kWh", "TWh", "Mt", "Gt", "kt", "Tg", "Pg", "Gg", "Mg", "x", "fold", "bit", "bits", "Å", "kR", "MR", "R"} {
		m[u] = u
	}
	m["µm"] = "μm"
	return m
}

// figUnitWords maps lower-case unit words to their normal names.
var figUnitWords = map[string]string{
	"percent": "percent", "pct": "percent",
	"year": "years", "years": "years", "month": "months", "months": "months",
	"week": "weeks", "weeks": "weeks", "day": "days", "days": "days",
	"hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
	"second": "seconds", "seconds": "seconds", "decade": "decades",
	"decades": "decades", "century": "centuries", "centuries": "centuries",
	"millennia": "millennia", "night": "nights", "nights": "nights",
	"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
	"kilometers": "km", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"mile": "miles", "miles": "miles", "foot": "ft", "feet": "ft", "inch": "in",
	"inches": "in", "yard": "yd", "yards": "yd",
	"gram": "g", "grams": "g", "kilogram": "kg", "kilograms": "kg", "kilo": "kg",
	"kilos": "kg", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
	"litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal",
	"gallons": "gal", "barrel": "bbl", "barrels": "bbl",
	"hectare": "ha", "hectares": "ha", "acre": "acres", "acres": "acres",
	"degree": "degrees", "degrees": "degrees", "kelvin": "K", "watt": "W",
	"watts": "W", "volt": "V", "volts": "V", "megawatts": "MW", "kilowatts": "kW",
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rouble": "RUB",
	"roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rupees": "INR",
	"usd": "USD", "eur": "EUR", "gbp": "GBP",
	"times": "times", "fold": "fold",
}

// figStopWords cannot be the noun a number counts.
var figStopWords = WordSet(`the a an and or but nor of in on at to for from
with by as than that which who whom whose this these those there here
is are was were be been being am has have had having do does did will
would shall should can could may might must not no nor so such its
their his her our your my it they them he she we you i me us him
into onto over under about above below after before between during
since until till through per each every all any some more most less
least many much few other another same own just only also even still
yet then when where while why how what if whether because though
although unless against among amid along across around near off out
up down via vs versus like unlike toward towards upon within without
got get gets say said says told tell including included include
versus respectively compared whereas thus hence however therefore
new old left last next first second cannot whilst amongst`)
