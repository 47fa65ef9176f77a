/**
 * The engine's settings and where each came from: {@link org.programmehealth.config.ConfigFile}
 * reads a configuration file strictly, and {@link org.programmehealth.config.EngineSettings} is what
 * {@link org.programmehealth.ProgrammeHealth.Builder} collects and the engine is built with, each
 * setting with its origin for messages. Implementation, not API: nothing outside the library may
 * depend on this package.
 */
package org.programmehealth.config;
