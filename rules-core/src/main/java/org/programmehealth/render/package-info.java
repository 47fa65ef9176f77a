/** Reports for people: plain text for the terminal. */
package org.programmehealth.render;
