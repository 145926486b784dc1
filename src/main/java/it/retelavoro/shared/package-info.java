/**
 * Value types used by every module: typed identifiers, the organisation kinds of the network and the
 * caller of a request. Nothing here depends on another module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package it.retelavoro.shared;
