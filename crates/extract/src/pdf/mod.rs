//! PDF placeholder
use crate::limits::Deadline;
use crate::{ExtractError, Limits};
pub(crate) fn extract(
    _bytes: &[u8],
    _limits: &Limits,
    _deadline: &Deadline,
) -> Result<String, ExtractError> {
    Err(ExtractError::Encrypted {
        detected: crate::Detected::Pdf,
    })
}
