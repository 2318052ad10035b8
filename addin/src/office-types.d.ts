// Office.js's global types (Office, Word, OfficeExtension) for the add-in; the engine never sees them.
/// <reference types="office-js" />
