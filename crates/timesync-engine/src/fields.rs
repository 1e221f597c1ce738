//! Checking the fields of a request's `object`: unknown keys, presence and JavaScript types,
//! in the order the reference server checks them (its `helpers.validateFields`).

use serde_json::{Map, Value};

use crate::errors::{self, Bad};
use crate::js::js_type;
use crate::reply::Reply;

/// The `object` of a POST.
pub type Object = Map<String, Value>;

/// One field: its name, the type it must have (as `helpers.getType` names it), whether it
/// must be present and whether `null` is let through.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: &'static str,
    pub required: bool,
    pub nullable: bool,
}

/// An optional field of type `ty`.
pub const fn field(name: &'static str, ty: &'static str) -> Field {
    Field { name, ty, required: false, nullable: false }
}

impl Field {
    /// The same field, required.
    pub const fn required(self) -> Field {
        Field { required: true, ..self }
    }

    /// The same field, `null` allowed.
    pub const fn nullable(self) -> Field {
        Field { nullable: true, ..self }
    }
}

/// The first field that is missing (when required) or of the wrong type, in list order:
/// 400 `The <kind> is missing a <f>` or `Field <f> of <kind> should be <ty> but was sent as <type>`.
pub fn check_fields(kind: &str, obj: &Object, fields: &[Field]) -> Result<(), Reply> {
    for f in fields {
        match obj.get(f.name) {
            None if f.required => return Err(errors::missing_field(kind, f.name)),
            None | Some(Value::Null) if f.nullable => {}
            None => {}
            Some(v) if js_type(v) != f.ty => {
                return Err(errors::invalid(kind, f.name, Bad::Type { expected: f.ty, sent: js_type(v) }))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// 400 `<kind> does not have a <key> field` for the first key not in `allowed`.
pub fn check_known_keys(kind: &str, obj: &Object, allowed: &[&str]) -> Result<(), Reply> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(errors::unknown_field(kind, k)),
        None => Ok(()),
    }
}

/// The field as a string, if it is one.
pub fn str_field(obj: &Object, name: &str) -> Option<String> {
    obj.get(name).and_then(Value::as_str).map(str::to_string)
}
