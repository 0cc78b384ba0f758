//! Messages about models.
