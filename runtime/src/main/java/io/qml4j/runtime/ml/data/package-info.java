/**
 * Seeded datasets generated in code (the ad hoc dataset of Havlicek et al. 2019, two moons,
 * circles), labelled data as {@link io.qml4j.runtime.ml.data.Dataset}, read from CSV files by
 * {@link io.qml4j.runtime.ml.data.CsvDatasets}, train/test splits and feature scalers fitted on
 * training data only.
 */
package io.qml4j.runtime.ml.data;
