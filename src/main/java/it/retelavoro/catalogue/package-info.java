/**
 * The repertorio degli standard dei servizi regionali per il lavoro as executable, versioned data: the
 * ten standard services, their rules, the complex targets, the physical indicators, and the rule engine
 * every other module asks whether a service may be delivered.
 *
 * <p>This module depends on nothing but {@code shared}: the network, the pathways and monitoring depend
 * on it.
 */
package it.retelavoro.catalogue;
