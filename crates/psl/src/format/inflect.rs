//! Field names for added relation fields: camelCase and English plurals, as
//! the inflector Prisma uses spells them (`PostableEntity` → `postableEntity`,
//! `Post2` → `post2s`, `Category` → `categories`).

/// camelCase as Prisma's inflector writes it: word boundaries are `_`, `-`,
/// spaces, digits and a lower-to-upper case change; the first word is lower
/// case, later words start upper case, everything else is lowered.
pub(super) fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut new_word = false;
    let mut found_real_char = false;
    let mut last_char = ' ';
    for c in name.trim_end().chars() {
        if matches!(c, '-' | '_' | ' ') {
            new_word = true;
        } else if !found_real_char && !c.is_alphanumeric() {
            continue;
        } else if c.is_numeric() {
            out.push(c);
            new_word = true;
        } else if new_word || (last_char.is_lowercase() && c.is_uppercase()) {
            found_real_char = true;
            new_word = false;
            if out.is_empty() {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
        } else {
            found_real_char = true;
            last_char = c;
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// The English plural of a camelCase name (its last word is inflected).
pub(super) fn plural(word: &str) -> String {
    const UNCOUNTABLE: [&str; 14] = [
        "equipment",
        "information",
        "rice",
        "money",
        "species",
        "series",
        "fish",
        "sheep",
        "deer",
        "news",
        "data",
        "metadata",
        "moose",
        "jeans",
    ];
    const IRREGULAR: [(&str, &str); 4] =
        [("person", "people"), ("child", "children"), ("mouse", "mice"), ("louse", "lice")];
    let lower = word.to_ascii_lowercase();
    if UNCOUNTABLE.iter().any(|u| lower.ends_with(u)) {
        return word.to_string();
    }
    if lower == "ox" {
        return format!("{word}en");
    }
    for (singular, plural) in IRREGULAR {
        if lower.ends_with(singular) {
            let stem = &word[..word.len() - singular.len()];
            let first_upper = word[stem.len()..].starts_with(|c: char| c.is_uppercase());
            let mut rest = plural.to_string();
            if first_upper {
                rest[..1].make_ascii_uppercase();
            }
            return format!("{stem}{rest}");
        }
    }
    let ends = |s: &str| lower.ends_with(s);
    let before_last = lower.chars().rev().nth(1);
    if ends("sis") {
        return format!("{}ses", &word[..word.len() - 3]);
    }
    if ["alias", "tlas", "gas", "ris"].iter().any(|s| ends(s))
        || (ends("us") && !matches!(lower.chars().rev().nth(2), Some('a' | 'o' | 'u')))
    {
        return format!("{word}es");
    }
    if ends("s") {
        return word.to_string();
    }
    if ["x", "ch", "ss", "sh", "zz"].iter().any(|s| ends(s)) {
        return format!("{word}es");
    }
    if ends("y") && (ends("quy") || !matches!(before_last, Some('a' | 'e' | 'i' | 'o' | 'u' | 'y'))) {
        return format!("{}ies", &word[..word.len() - 1]);
    }
    if ["knife", "wife", "life"].iter().any(|s| ends(s)) {
        return format!("{}ves", &word[..word.len() - 2]);
    }
    if ["arf", "lf", "eaf", "eof", "oaf", "hoof"].iter().any(|s| ends(s)) {
        return format!("{}ves", &word[..word.len() - 1]);
    }
    format!("{word}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_follows_the_inflector() {
        assert_eq!(camel_case("PostableEntity"), "postableEntity");
        assert_eq!(camel_case("Post2"), "post2");
        assert_eq!(camel_case("user_profile"), "userProfile");
        assert_eq!(camel_case("somemodel"), "somemodel");
        assert_eq!(camel_case("HTMLPage"), "htmlpage");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("post2"), "post2s");
        assert_eq!(plural("category"), "categories");
        assert_eq!(plural("day"), "days");
        assert_eq!(plural("box"), "boxes");
        assert_eq!(plural("ox"), "oxen");
        assert_eq!(plural("status"), "statuses");
        assert_eq!(plural("userPerson"), "userPeople");
        assert_eq!(plural("users"), "users");
    }
}
