//! Unknown keys (`extra`) across formats: TOML values to JSON and back for the JSON backup, and
//! a comparison that treats a NaN as equal to itself.

use serde_json::{Map, Value as Json};
use toml::{Table, Value};

use crate::i18n::DiagContent;

/// TOML to JSON for `export --format json`. JSON has no datetime: a TOML datetime becomes its
/// RFC 3339 string (and comes back as a string: a newer version that knows the key reads either).
/// JSON has no NaN or infinity either: those become the strings `nan`, `inf` and `-inf`.
pub(crate) fn to_json(table: &Table) -> Map<String, Json> {
    table
        .iter()
        .map(|(k, v)| (k.clone(), value_to_json(v)))
        .collect()
}

fn value_to_json(v: &Value) -> Json {
    match v {
        Value::String(s) => Json::String(s.clone()),
        Value::Integer(i) => Json::from(*i),
        Value::Float(f) => serde_json::Number::from_f64(*f)
            .map_or_else(|| Json::String(Value::Float(*f).to_string()), Json::Number),
        Value::Boolean(b) => Json::Bool(*b),
        Value::Datetime(dt) => Json::String(dt.to_string()),
        Value::Array(list) => Json::Array(list.iter().map(value_to_json).collect()),
        Value::Table(t) => Json::Object(to_json(t)),
    }
}

/// JSON back to TOML for `import`. Says what is wrong, never quoting a value.
pub(crate) fn from_json(map: &Map<String, Json>) -> Result<Table, String> {
    map.iter()
        .map(|(k, v)| Ok((k.clone(), value_from_json(v)?)))
        .collect()
}

fn value_from_json(v: &Json) -> Result<Value, String> {
    Ok(match v {
        Json::Null => return Err(DiagContent::now().extra_null.into()),
        Json::Bool(b) => Value::Boolean(*b),
        Json::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Value::Integer(i),
            (None, Some(f)) if n.is_f64() => Value::Float(f),
            _ => return Err(DiagContent::now().extra_too_large.into()),
        },
        Json::String(s) => Value::String(s.clone()),
        Json::Array(list) => {
            Value::Array(list.iter().map(value_from_json).collect::<Result<_, _>>()?)
        }
        Json::Object(map) => Value::Table(from_json(map)?),
    })
}

/// Equal tables, a NaN counting as equal to a NaN (toml's `==` says a file holding `nan` is
/// not equal to itself); key order does not matter.
pub(crate) fn same_table(a: &Table, b: &Table) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| b.get(k).is_some_and(|w| same_value(v, w)))
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_value(v, w))
        }
        (Value::Table(x), Value::Table(y)) => same_table(x, y),
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_values_round_trip_and_nan_equals_itself() {
        let table: Table =
            toml::from_str("s = \"x\"\ni = 7\nf = 1.5\nb = true\nl = [1, \"two\"]\n[t]\nk = -3\n")
                .unwrap();
        assert_eq!(from_json(&to_json(&table)).unwrap(), table);
        let nan: Table = toml::from_str("x = nan\ny = [nan]").unwrap();
        assert!(nan != nan.clone(), "toml's own == is not reflexive");
        assert!(same_table(&nan, &nan.clone()));
        assert!(!same_table(&nan, &table));
        assert_eq!(to_json(&nan)["x"], "nan");
        let dt: Table = toml::from_str("d = 2026-01-01T00:00:00Z").unwrap();
        assert_eq!(to_json(&dt)["d"], "2026-01-01T00:00:00Z");
        assert!(from_json(&serde_json::from_str(r#"{"n":null}"#).unwrap()).is_err());
    }
}

/// The unknown keys of one answer: nearly always none, so held boxed only when there are some.
/// A store of 10,000 assessments holds 240,000 answers: a whole table in each would be 30 MB of
/// empty tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extra(Option<Box<Table>>);

impl From<Table> for Extra {
    fn from(table: Table) -> Self {
        Self((!table.is_empty()).then(|| Box::new(table)))
    }
}

impl std::ops::Deref for Extra {
    type Target = Table;

    fn deref(&self) -> &Table {
        static EMPTY: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
        self.0
            .as_deref()
            .unwrap_or_else(|| EMPTY.get_or_init(Table::new))
    }
}

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a String, &'a Value);
    type IntoIter = <&'a Table as IntoIterator>::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        (**self).iter()
    }
}
