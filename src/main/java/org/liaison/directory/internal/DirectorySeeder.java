package org.liaison.directory.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.directory.Role;
import org.liaison.directory.UnitKind;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty directory: the own agency on every first start, the initial admin when configured,
 * and in demo mode the two agencies' units, counterpart pairs, border gates and demo users.
 */
@Component
@Order(10)
class DirectorySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectorySeeder.class);

    /** The password of every demo user (README lists them). */
    static final String DEMO_PASSWORD = "liaison-demo";

    /** The demo admin's API token per node (README shows them as LIAISON_DEMO_TOKEN). */
    static final Map<String, String> DEMO_TOKENS = Map.of(
            "VN-CB", "lia_demo_VN-CB_c40b8a1e5f2d4e97",
            "CN-GX", "lia_demo_CN-GX_9e3f6d2a7b1c5084");

    private final NodeProperties node;
    private final Agencies agencies;
    private final Units units;
    private final Officers officers;
    private final CounterpartPairs pairs;
    private final BorderGates gates;
    private final OfficerAccountService accounts;
    private final PasswordEncoder passwords;

    DirectorySeeder(NodeProperties node, Agencies agencies, Units units, Officers officers, CounterpartPairs pairs,
                    BorderGates gates, OfficerAccountService accounts, PasswordEncoder passwords) {
        this.node = node;
        this.agencies = agencies;
        this.units = units;
        this.officers = officers;
        this.pairs = pairs;
        this.gates = gates;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String own = node.agency();
        if (node.demo()) {
            seedDemo(own);
        }
        if (!agencies.existsById(own)) {
            String name = node.agencyName() == null ? own : node.agencyName();
            agencies.save(Agency.create(own, name, name, name, true));
            log.info("Created own agency {}", own);
        }
        if (officers.count() == 0 && node.initialAdminPassword() != null && !node.initialAdminPassword().isBlank()) {
            officers.save(Officer.create("admin", passwords.encode(node.initialAdminPassword()), "Administrator", "",
                    own, null, EnumSet.of(Role.ADMIN), "en"));
            log.info("Created initial user 'admin'");
        } else if (officers.count() == 0) {
            log.warn("No users yet: set liaison.node.initial-admin-password (LIAISON_NODE_INITIAL_ADMIN_PASSWORD) and restart");
        }
    }

    private void seedDemo(String own) {
        if (agencies.existsById(own)) {
            return;
        }
        boolean vn = own.startsWith("VN");
        for (DemoDirectory.AgencySeed a : DemoDirectory.AGENCIES) {
            agencies.save(Agency.create(a.code(), vn ? a.vi() : a.zh(), vn ? a.zh() : a.vi(), a.en(), a.code().equals(own)));
        }
        for (DemoDirectory.UnitSeed u : DemoDirectory.UNITS) {
            Long parent = u.parentCode() == null ? null
                    : units.findByAgencyCodeAndCode(u.agency(), u.parentCode()).orElseThrow().id();
            units.save(Unit.create(u.agency(), u.code(), u.kind(), parent, vn ? u.vi() : u.zh(), vn ? u.zh() : u.vi(), u.en()));
        }
        for (List<String> p : DemoDirectory.PAIRS) {
            Unit here = units.findByAgencyCodeAndCode(own, vn ? p.get(0) : p.get(1)).orElseThrow();
            Unit there = units.findByAgencyCodeAndCode(vn ? "CN-GX" : "VN-CB", vn ? p.get(1) : p.get(0)).orElseThrow();
            pairs.save(CounterpartPair.create(here.id(), there.id(), p.get(2)));
        }
        for (DemoDirectory.GateSeed g : DemoDirectory.GATES) {
            gates.save(BorderGate.create(g.code(), g.vi(), g.zh(), g.en(), g.placeVn(), g.placeCn()));
        }
        String hash = passwords.encode(DEMO_PASSWORD);
        for (DemoDirectory.UserSeed u : DemoDirectory.USERS) {
            if (!u.agency().equals(own)) {
                continue;
            }
            Long unit = units.findByAgencyCodeAndCode(own, u.unitCode()).orElseThrow().id();
            Officer saved = officers.save(Officer.create(u.username(), hash, u.fullName(), u.rankTitle(), own, unit,
                    u.roles(), vn ? "vi" : "zh-CN"));
            if (u.roles().contains(Role.ADMIN)) {
                CurrentOfficer admin = OfficerAccountService.current(saved);
                accounts.store(admin, "demo", DEMO_TOKENS.get(own));
            }
        }
        log.info("Seeded the demo directory for {}", own);
    }

    /** Convenience for seeds: a role set. */
    static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(List.of(roles));
    }
}
